#!/usr/bin/env bash
# Runs MatchBenchmark against a WildFly of its own on PostgreSQL: first with SMALL invoices, then
# with LARGE more on top, so the second run shows whether the cost per document stays flat as the
# data grows. Ports are 8080 + 200 and 9990 + 200, and Keycloak's 8580, so the demo and the
# tests can run beside it.
#
#   benchmark/run-benchmark.sh [SMALL [LARGE]]     (defaults 300 and 3000)
#
# Needs PostgreSQL on 127.0.0.1:5432 with a user postgres that may create databases, and psql.
# The database openprocure_bench is dropped and created again at each run.
set -euo pipefail
cd "$(dirname "$0")/.."

small=${1:-300}
large=${2:-3000}
wildfly_version=39.0.1.Final
keycloak_version=26.5.6
folder=$PWD/target/benchmark
keycloak=$folder/keycloak-$keycloak_version
realm=http://127.0.0.1:8580/realms/openprocure
server=$folder/wildfly-$wildfly_version
deployments=$server/standalone/deployments
database=openprocure_bench
url=http://127.0.0.1:8280/openprocure

mvn -q -B install -DskipTests -DskipITs
if [ ! -x "$keycloak/bin/kc.sh" ]; then
    mvn -q -B -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip -DoutputDirectory="$folder" \
        -Dmdep.overWriteReleases=true
fi
OPENPROCURE_URL=$url wildfly-config/keycloak/start-keycloak.sh "$keycloak" 8580 --fresh
if [ ! -f "$folder/configured" ]; then
    rm -rf "$server"
    mvn -q -B -N dependency:unpack -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip -DoutputDirectory="$folder" \
        -Dmdep.overWriteReleases=true
    mvn -q -B -N dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 -DoutputDirectory="$folder"
    OIDC_PROVIDER_URL=$realm DB_URL=jdbc:postgresql://127.0.0.1:5432/$database DB_USER=postgres DB_PASSWORD=postgres \
        JDBC_DRIVER_JAR=$folder/postgresql-42.7.14.jar wildfly-config/configure-server.sh "$server" postgresql
    touch "$folder/configured"
fi
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database with (force)" -c "create database $database"

rm -f "$deployments"/openprocure.ear.*
cp ear/target/openprocure.ear "$deployments/"
"$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset=200 > "$folder/console.log" 2>&1 &
server_pid=$!
trap '"$server/bin/jboss-cli.sh" -c --controller=127.0.0.1:10190 --command=:shutdown > /dev/null 2>&1 || kill $server_pid
      wildfly-config/keycloak/stop-keycloak.sh "$keycloak"' EXIT
for _ in $(seq 1 180); do
    [ -f "$deployments/openprocure.ear.deployed" ] && break
    [ -f "$deployments/openprocure.ear.failed" ] && { echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1; }
    sleep 1
done

java_pid=$(pgrep -f "jboss.home.dir=$server" | head -1)
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; WildFly $wildfly_version, -Xmx from standalone.conf; PostgreSQL on 127.0.0.1"
echo "== $small invoices on an empty database"
java benchmark/MatchBenchmark.java "$url" "$small" "$realm"
echo "== $large invoices more"
java benchmark/MatchBenchmark.java "$url" "$large" "$realm"
echo "== $small invoices more, on top of $((small + large))"
java benchmark/MatchBenchmark.java "$url" "$small" "$realm"
echo "WildFly resident memory after the runs, MiB: $(( $(ps -o rss= -p "$java_pid") / 1024 ))"
