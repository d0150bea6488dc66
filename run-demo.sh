#!/usr/bin/env bash
# Starts OpenProcure with demo data on 127.0.0.1:8080, or 8080 + PORT_OFFSET when that variable is
# set, to run beside another WildFly. The script builds the EAR and, on the first run only, unpacks
# WildFly 39 under target/demo and configures it with an H2 database. It then deploys, loads the
# demo data once, and stays in the foreground until Ctrl+C, which stops the server.
# Needs Java 17 and Maven; downloads WildFly (261 MB) from Maven Central on the first run.
set -euo pipefail
cd "$(dirname "$0")"

wildfly_version=39.0.1.Final
demo=$PWD/target/demo
server=$demo/wildfly-$wildfly_version
deployments=$server/standalone/deployments
port_offset=${PORT_OFFSET:-0}
url=http://127.0.0.1:$((8080 + port_offset))/openprocure
controller=127.0.0.1:$((9990 + port_offset))

echo "Building the application"
mvn -q -B install -DskipTests -DskipITs

if [ ! -f "$demo/configured" ]; then
    echo "Unpacking and configuring WildFly $wildfly_version in $server"
    rm -rf "$server"
    mvn -q -B -N dependency:unpack -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip -DoutputDirectory="$demo" \
        -Dmdep.overWriteReleases=true
    wildfly-config/configure-server.sh "$server" h2
    touch "$demo/configured"
fi

rm -f "$deployments"/openprocure.ear.*
cp ear/target/openprocure.ear "$deployments/"

echo "Starting WildFly (log: $server/standalone/log/server.log)"
"$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset="$port_offset" > "$demo/console.log" 2>&1 &
server_pid=$!
stop() {
    trap - INT TERM EXIT
    echo "Stopping WildFly"
    "$server/bin/jboss-cli.sh" -c --controller="$controller" --command=:shutdown > /dev/null 2>&1 || kill "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
}
trap stop INT TERM EXIT

for _ in $(seq 1 180); do
    if [ -f "$deployments/openprocure.ear.deployed" ]; then
        break
    fi
    if [ -f "$deployments/openprocure.ear.failed" ] || ! kill -0 "$server_pid" 2> /dev/null; then
        echo "Deployment failed; see $server/standalone/log/server.log" >&2
        exit 1
    fi
    sleep 1
done
if [ ! -f "$deployments/openprocure.ear.deployed" ]; then
    echo "The application was not deployed within 3 minutes; see $server/standalone/log/server.log" >&2
    exit 1
fi

java demo/LoadDemoData.java "$url" demo/invoices

cat <<BANNER

OpenProcure is running: $url/  (Ctrl+C stops it)
Sign in with one of the demo users, password "demo" for all:
  claire (requester)  marc (approver)  nadia (requester and approver)  bruno (buyer)
  rachid (receiver)  agnes (accounts payable)  sophie (supplier)  admin (administrator)
Try: curl -u agnes:demo -H 'Accept-Language: en' $url/api/invoices

BANNER
wait "$server_pid"
