#!/usr/bin/env bash
# Starts OpenProcure with demo data on 127.0.0.1:8080, the Keycloak it signs users in with on
# 127.0.0.1:8180 and the demo supplier shop that its punch-out opens on 127.0.0.1:8190;
# PORT_OFFSET moves all three ports, to run beside another WildFly. The script builds the
# EAR and, on the first run only, unpacks WildFly 39 and Keycloak 26 under target/demo, imports the
# demo realm into Keycloak and configures WildFly with an H2 database. It then deploys, loads the
# demo data once, and stays in the foreground until Ctrl+C, which stops the three servers.
# Needs Java 17 and Maven; downloads WildFly (261 MB) and Keycloak (about 200 MB) from Maven Central
# on the first run.
set -euo pipefail
cd "$(dirname "$0")"

wildfly_version=39.0.1.Final
keycloak_version=26.5.6
demo=$PWD/target/demo
keycloak=$demo/keycloak-$keycloak_version
server=$demo/wildfly-$wildfly_version
deployments=$server/standalone/deployments
port_offset=${PORT_OFFSET:-0}
url=http://127.0.0.1:$((8080 + port_offset))/openprocure
controller=127.0.0.1:$((9990 + port_offset))
keycloak_port=$((8180 + port_offset))
shop_url=http://127.0.0.1:$((8190 + port_offset))
realm=http://127.0.0.1:$keycloak_port/realms/openprocure

echo "Building the application"
mvn -q -B -Dstyle.color=never install -DskipTests -DskipITs

if [ ! -x "$keycloak/bin/kc.sh" ]; then
    echo "Unpacking Keycloak $keycloak_version in $keycloak"
    mvn -q -B -Dstyle.color=never -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip -DoutputDirectory="$demo" \
        -Dmdep.overWriteReleases=true
fi
OPENPROCURE_URL=$url wildfly-config/keycloak/start-keycloak.sh "$keycloak" "$keycloak_port"
trap 'wildfly-config/keycloak/stop-keycloak.sh "$keycloak"' EXIT

echo "Starting the demo supplier shop on $shop_url (log: $demo/demo-shop.log)"
mkdir -p "$demo"
java -jar demo-shop/target/openprocure-demo-shop.jar $((8190 + port_offset)) > "$demo/demo-shop.log" 2>&1 &
shop_pid=$!
stop_shop() {
    kill "$shop_pid" 2> /dev/null || true
    wait "$shop_pid" 2> /dev/null || true
}
trap 'stop_shop; wildfly-config/keycloak/stop-keycloak.sh "$keycloak"' EXIT

# The server is configured for one Keycloak address; a new PORT_OFFSET configures it again.
if [ "$(cat "$demo/configured" 2> /dev/null)" != "$realm" ]; then
    echo "Unpacking and configuring WildFly $wildfly_version in $server"
    rm -rf "$server"
    mvn -q -B -Dstyle.color=never -N dependency:unpack -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip -DoutputDirectory="$demo" \
        -Dmdep.overWriteReleases=true
    OIDC_PROVIDER_URL=$realm wildfly-config/configure-server.sh "$server" h2
    echo "$realm" > "$demo/configured"
fi

rm -f "$deployments"/openprocure.ear.*
cp ear/target/openprocure.ear "$deployments/"

echo "Starting WildFly (log: $server/standalone/log/server.log)"
# The EN 16931 rule sets take about 200 MB of heap once compiled, above WildFly's default of 512 MB.
JAVA_OPTS="-Xms64m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true
           -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
"$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset="$port_offset" > "$demo/console.log" 2>&1 &
server_pid=$!
stop() {
    trap - INT TERM EXIT
    echo "Stopping WildFly"
    "$server/bin/jboss-cli.sh" -c --controller="$controller" --command=:shutdown > /dev/null 2>&1 || kill "$server_pid" 2> /dev/null || true
    wait "$server_pid" 2> /dev/null || true
    stop_shop
    wildfly-config/keycloak/stop-keycloak.sh "$keycloak"
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

if ! kill -0 "$shop_pid" 2> /dev/null; then
    echo "The demo shop did not start; see $demo/demo-shop.log" >&2
    exit 1
fi
java demo/LoadDemoData.java "$url" demo/invoices "$realm" "$shop_url"

cat <<BANNER

OpenProcure is running: $url/  (Ctrl+C stops it)
Sign in through Keycloak ($realm) with one of the demo users, password "demo" for all:
  claire (requester)  marc (approver, limit 5000 EUR)  nadia (requester and approver, limit 2000 EUR)
  bruno (buyer)  rachid (receiver)  agnes (accounts payable, limit 5000 EUR)  paul (accounts payable and receiver)
  admin (administrator)  sophie and olivier (supplier Bureau Fournitures, SUP-1001)
  lucie and hugo (supplier Café Torréfaction Lyonnaise, SUP-1002)
Punch-out: open $url/punch-out.xhtml as claire and pick Bureau Fournitures (cXML)
  or Café Torréfaction Lyonnaise (OCI); the demo shop at $shop_url takes the cart.
Try the API with a token:
  token=\$(curl -s -d grant_type=password -d client_id=openprocure-scripts -d client_secret=openprocure-scripts-demo-secret \\
      -d username=agnes -d password=demo $realm/protocol/openid-connect/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  curl -H "Authorization: Bearer \$token" -H 'Accept-Language: en' $url/api/invoices

BANNER
wait "$server_pid"
