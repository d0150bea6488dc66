#!/usr/bin/env bash
# Stops the Keycloak that start-keycloak.sh started in KEYCLOAK_HOME, if it still runs.
#
#   stop-keycloak.sh KEYCLOAK_HOME
set -euo pipefail

pid_file=${1:?usage: $0 KEYCLOAK_HOME}/keycloak.pid
if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
    if kill "$pid" 2> /dev/null; then
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2> /dev/null || break
            sleep 1
        done
        echo "Keycloak stopped"
    fi
    rm -f "$pid_file"
fi
