# Starts the benchmark's servers; the benchmark scripts source it from the project folder. It builds
# the EAR and starts a Keycloak with the demo realm on port 8580. It starts a WildFly of its own on
# PostgreSQL with port offset 200 (HTTP 8280, management 10190), deploys the EAR on an empty
# database openprocure_bench and returns once it is deployed. On exit, the trap it sets stops both
# servers and drops the database.
#
# Needs PostgreSQL on 127.0.0.1:5432 with a user postgres that may create databases, and psql.
# Sets folder, server, database, jdbc_url, url, realm, cli and server_pid for the calling script.

wildfly_version=39.0.1.Final
keycloak_version=26.5.6
folder=$PWD/target/benchmark
keycloak=$folder/keycloak-$keycloak_version
realm=http://127.0.0.1:8580/realms/openprocure
server=$folder/wildfly-$wildfly_version
cli=$server/bin/jboss-cli.sh
deployments=$server/standalone/deployments
database=openprocure_bench
jdbc_url=jdbc:postgresql://127.0.0.1:5432/$database
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
    OIDC_PROVIDER_URL=$realm DB_URL=$jdbc_url DB_USER=postgres DB_PASSWORD=postgres \
        JDBC_DRIVER_JAR=$folder/postgresql-42.7.14.jar wildfly-config/configure-server.sh "$server" postgresql
    touch "$folder/configured"
fi
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database with (force)" -c "create database $database"

rm -f "$deployments"/openprocure.ear.*
cp ear/target/openprocure.ear "$deployments/"
"$server/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset=200 > "$folder/console.log" 2>&1 &
server_pid=$!
trap '"$cli" -c --controller=127.0.0.1:10190 --command=:shutdown > /dev/null 2>&1 || kill $server_pid
      wildfly-config/keycloak/stop-keycloak.sh "$keycloak"
      psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $database with (force)"' EXIT
for _ in $(seq 1 180); do
    [ -f "$deployments/openprocure.ear.deployed" ] && break
    [ -f "$deployments/openprocure.ear.failed" ] && { echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1; }
    sleep 1
done
if [ ! -f "$deployments/openprocure.ear.deployed" ]; then
    echo "The EAR was not deployed within 180 s; see $server/standalone/log/server.log" >&2
    exit 1
fi
