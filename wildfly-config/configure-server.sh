#!/usr/bin/env bash
# Configures an unpacked WildFly for OpenProcure without starting it, by running the CLI scripts of
# this folder in an embedded server. Safe to run again: each script changes only what is missing.
#
#   configure-server.sh JBOSS_HOME h2|postgresql
#
# For postgresql, the environment gives DB_URL, DB_USER, DB_PASSWORD and JDBC_DRIVER_JAR.
# COMPANY_CURRENCY (default EUR) and AUTO_APPROVE_BELOW (default 500.00) set the business settings.
# OIDC_PROVIDER_URL (default http://127.0.0.1:8180/realms/openprocure, the demo Keycloak) and
# OIDC_PORTAL_SECRET (default the demo realm's secret) connect the portal and the API to Keycloak.
# On a running server, an administrator runs the same scripts with jboss-cli.sh -c (see README.md).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 JBOSS_HOME h2|postgresql" >&2
    exit 2
fi
jboss_home=$1
database=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cli=$jboss_home/bin/jboss-cli.sh
if [ ! -x "$cli" ]; then
    echo "No WildFly at $jboss_home: $cli is missing. Unpack wildfly-dist there first." >&2
    exit 1
fi

# Properties the scripts read as ${...}; the file is deleted on exit because it contains the
# database password and the client secret.
properties=$work/openprocure.properties
escape() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }
{
    echo "openprocure.company-currency=$(escape "${COMPANY_CURRENCY:-EUR}")"
    echo "openprocure.approval.auto-approve-below=$(escape "${AUTO_APPROVE_BELOW:-500.00}")"
    echo "openprocure.oidc.provider-url=$(escape "${OIDC_PROVIDER_URL:-http://127.0.0.1:8180/realms/openprocure}")"
    echo "openprocure.oidc.portal-secret=$(escape "${OIDC_PORTAL_SECRET:-openprocure-portal-demo-secret}")"
    if [ "$database" = postgresql ]; then
        echo "openprocure.db.url=$(escape "${DB_URL:?DB_URL is not set: give the JDBC URL, such as jdbc:postgresql://127.0.0.1:5432/openprocure}")"
        echo "openprocure.db.user=$(escape "${DB_USER:?DB_USER is not set}")"
        echo "openprocure.db.password=$(escape "${DB_PASSWORD:?DB_PASSWORD is not set}")"
        echo "openprocure.jdbc.driver.jar=$(escape "${JDBC_DRIVER_JAR:?JDBC_DRIVER_JAR is not set: give the path of the PostgreSQL JDBC driver jar}")"
    fi
} > "$properties"

# Runs one script in an embedded server; with "resolve", ${...} come from the properties above,
# otherwise they are left for the server to resolve, like ${jboss.server.data.dir}.
run() {
    local script=$1 mode=${2:-}
    local wrapped=$work/$(basename "$script")
    {
        echo "embed-server --server-config=standalone-full.xml --std-out=discard"
        cat "$here/$script"
        echo
        echo "stop-embedded-server"
    } > "$wrapped"
    echo "Applying $script"
    if [ "$mode" = resolve ]; then
        "$cli" --file="$wrapped" --properties="$properties" --resolve-parameter-values > "$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; exit 1; }
    else
        "$cli" --file="$wrapped" > "$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; exit 1; }
    fi
}

run messaging.cli
run logging.cli
run settings.cli resolve
run oidc.cli resolve
case "$database" in
    h2)
        run datasource-h2.cli
        ;;
    postgresql)
        run postgresql-driver.cli resolve
        run datasource-postgresql.cli resolve
        ;;
    *)
        echo "Unknown database '$database': use h2 or postgresql." >&2
        exit 2
        ;;
esac
