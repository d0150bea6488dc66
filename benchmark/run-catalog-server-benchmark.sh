#!/usr/bin/env bash
# Imports a catalog of ROWS rows through the API of a WildFly limited to a 256 MiB heap, and
# prints the import's duration and the server's heap figures. It reuses the WildFly, Keycloak and
# test database that `mvn verify` prepared under ear/target, so run that build first with the same
# ports. It starts both servers, deploys ear/target/openprocure.ear, runs
# benchmark/CatalogServerImportBenchmark.java while jstat samples the heap every 200 ms, then
# stops both servers and removes the EAR from the deployments folder.
#
#   benchmark/run-catalog-server-benchmark.sh [ROWS]     (default 100000)
#
# PORT_OFFSET (default 0) and KEYCLOAK_PORT (default 8380) must be those of that build, for
# example 1000 and 9380 after `mvn verify -Dtest.port.offset=1000 -Dkeycloak.port=9380`.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-100000}
offset=${PORT_OFFSET:-0}
keycloak_port=${KEYCLOAK_PORT:-8380}
server=$(ls -d ear/target/server/wildfly-* | head -1)
keycloak=$(ls -d ear/target/keycloak/keycloak-* | head -1)
api=http://127.0.0.1:$((8080 + offset))/openprocure
keycloak_url=http://127.0.0.1:$keycloak_port
cli=$server/bin/jboss-cli.sh
controller=127.0.0.1:$((9990 + offset))

wildfly-config/keycloak/start-keycloak.sh "$keycloak" "$keycloak_port"
rm -f "$server"/standalone/deployments/openprocure.ear*
cp ear/target/openprocure.ear "$server/standalone/deployments/"
JAVA_OPTS="-Xms64m -Xmx256m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true
           -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
    "$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset="$offset" -Dkeycloak.url="$keycloak_url" > "$server/benchmark-console.log" 2>&1 &
# The EAR leaves the deployments folder again, so that the Arquillian tests can deploy theirs on this server.
trap '"$cli" -c --controller="$controller" --command=:shutdown > /dev/null 2>&1 || true
      rm -f "$server"/standalone/deployments/openprocure.ear*
      wildfly-config/keycloak/stop-keycloak.sh "$keycloak"' EXIT
for _ in $(seq 1 180); do
    [ -f "$server/standalone/deployments/openprocure.ear.deployed" ] && break
    [ -f "$server/standalone/deployments/openprocure.ear.failed" ] && { echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1; }
    sleep 1
done
java_pid=$(pgrep -f "jboss.home.dir=$(cd "$server" && pwd)" | head -1)
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; WildFly heap $(jcmd "$java_pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2 | awk '{print $1 / 1048576 " MiB max"}')"

jstat -gc "$java_pid" 200 > "$server/benchmark-jstat.log" &
jstat_pid=$!
java benchmark/CatalogServerImportBenchmark.java "$api" "$keycloak_url" "$rows"
kill "$jstat_pid"
# jstat -gc columns: S0U, S1U, EU and OU are the used survivor, eden and old spaces in KiB.
awk 'NR > 1 && $1 != "S0C" { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; fgc = $15 }
     END { printf "Server heap during the import: peak used %d MiB, garbage included; %d full collections\n", peak / 1024, fgc }' \
    "$server/benchmark-jstat.log"
jcmd "$java_pid" GC.run > /dev/null
echo "Server heap after a full collection: $(jstat -gc "$java_pid" | awk 'NR == 2 { printf "%d MiB", ($3 + $4 + $6 + $8) / 1024 }')"
