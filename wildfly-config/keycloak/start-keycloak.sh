#!/usr/bin/env bash
# Starts a local Keycloak for the demo and the tests, with the OpenProcure realm imported from
# openprocure-realm.json, and returns once the realm responds. Not for production: Keycloak runs in
# development mode (its own H2 database, HTTP only) on 127.0.0.1.
#
#   start-keycloak.sh KEYCLOAK_HOME PORT [--fresh]
#
# KEYCLOAK_HOME is an unpacked keycloak-quarkus-dist zip. --fresh deletes the data of an earlier
# run first, so the realm is imported again from the file. The log is KEYCLOAK_HOME/keycloak.log
# and the process id is in KEYCLOAK_HOME/keycloak.pid; stop-keycloak.sh stops it.
# The realm file reads OPENPROCURE_URL (the portal's address, for the allowed redirects) and
# OPENPROCURE_DEMO_PASSWORD from the environment, with the demo values as defaults.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 KEYCLOAK_HOME PORT [--fresh]" >&2
    exit 2
fi
home=$1
port=$2
here=$(cd "$(dirname "$0")" && pwd)
realm_url=http://127.0.0.1:$port/realms/openprocure

if [ ! -x "$home/bin/kc.sh" ]; then
    echo "No Keycloak at $home: bin/kc.sh is missing. Unpack org.keycloak:keycloak-quarkus-dist there first." >&2
    exit 1
fi
if curl -fs -o /dev/null "$realm_url"; then
    echo "Keycloak already answers on port $port; using it."
    exit 0
fi
if [ "${3:-}" = --fresh ]; then
    rm -rf "$home/data/h2" "$home/data/import"
fi
mkdir -p "$home/data/import"
cp "$here/openprocure-realm.json" "$home/data/import/"

# The bootstrap administrator exists only in this local Keycloak; its password is random and not kept.
KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin} \
KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')} \
    nohup "$home/bin/kc.sh" start-dev --http-port="$port" --http-host=127.0.0.1 --import-realm \
    > "$home/keycloak.log" 2>&1 &
echo $! > "$home/keycloak.pid"

echo "Starting Keycloak on 127.0.0.1:$port (log: $home/keycloak.log)"
for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$realm_url"; then
        echo "Keycloak is ready: $realm_url"
        exit 0
    fi
    if ! kill -0 "$(cat "$home/keycloak.pid")" 2> /dev/null; then
        echo "Keycloak stopped while starting; the end of its log:" >&2
        tail -20 "$home/keycloak.log" >&2
        exit 1
    fi
    sleep 1
done
echo "Keycloak did not respond on $realm_url within 3 minutes (timed out); see $home/keycloak.log" >&2
exit 1
