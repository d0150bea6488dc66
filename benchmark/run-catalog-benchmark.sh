#!/usr/bin/env bash
# Measures catalog imports and catalog search without an application server.
#
# 1. benchmark/CatalogImportBenchmark.java reads and checks a catalog file of ROWS rows, as CSV and
#    as CIF 3.0, in a JVM limited to a 256 MiB heap, and prints time and peak heap.
# 2. It creates the database openprocure_bench_catalog, runs the application's migrations on it
#    with psql, loads ITEMS items with benchmark/load-catalog.sql, and runs
#    benchmark/CatalogSearchBenchmark.java, which prints p50, p95 and p99 per kind of search.
#
#   benchmark/run-catalog-benchmark.sh [ROWS [ITEMS]]     (defaults 100000 and 1000000)
#
# Needs PostgreSQL on 127.0.0.1:5432 with a user postgres that may create databases, and psql.
# The database is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-100000}
items=${2:-1000000}
database=openprocure_bench_catalog
psql_bench() { psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 "$@"; }

mvn -q -B -ntp compile
mvn -q -B -ntp -f ejb/pom.xml dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/benchmark-classpath.txt
mvn -q -B -ntp -N dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 -DoutputDirectory=target/benchmark
classpath="ejb/target/classes:$(cat ejb/target/benchmark-classpath.txt):target/benchmark/postgresql-42.7.14.jar"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(psql --version)"

echo "== Reading and checking $rows rows, -Xmx256m"
java -Xmx256m -cp "$classpath" benchmark/CatalogImportBenchmark.java "$rows"

echo "== Search on $items items"
psql_bench -c "drop database if exists $database with (force)" -c "create database $database"
trap 'psql_bench -c "drop database if exists $database with (force)"' EXIT
for migration in $(for file in ejb/src/main/resources/db/migration/V*.sql ejb/src/main/resources/db/vendor/postgresql/V*.sql; do
                       version=$(basename "$file" | sed 's/^V\([0-9_]*\)__.*/\1/' | tr _ .)
                       echo "$version $file"
                   done | sort -V | cut -d' ' -f2); do
    psql_bench -f "$migration" "$database" > /dev/null
done
start=$SECONDS
psql_bench -v items="$items" -f benchmark/load-catalog.sql "$database" > /dev/null
echo "Loaded $items items with their full-text index in $((SECONDS - start)) s"
java -cp "$classpath" benchmark/CatalogSearchBenchmark.java "jdbc:postgresql://127.0.0.1:5432/$database" 200
