#!/usr/bin/env bash
# Runs MatchBenchmark against a WildFly of its own on PostgreSQL: first with SMALL invoices, then
# with LARGE more on top, so the second run shows whether the cost per document stays flat as the
# data grows. Ports are 8080 + 200 and 9990 + 200, and Keycloak's 8580, so the demo and the
# tests can run beside it.
#
#   benchmark/run-benchmark.sh [SMALL [LARGE]]     (defaults 300 and 3000)
#
# Needs PostgreSQL on 127.0.0.1:5432 with a user postgres that may create databases, and psql.
# The database openprocure_bench is created at each run and dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

small=${1:-300}
large=${2:-3000}
source benchmark/start-servers.sh

java_pid=$(pgrep -f "jboss.home.dir=$server" | head -1)
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; WildFly $wildfly_version, -Xmx from standalone.conf; PostgreSQL on 127.0.0.1"
echo "== $small invoices on an empty database"
java benchmark/MatchBenchmark.java "$url" "$small" "$realm"
echo "== $large invoices more"
java benchmark/MatchBenchmark.java "$url" "$large" "$realm"
echo "== $small invoices more, on top of $((small + large))"
java benchmark/MatchBenchmark.java "$url" "$small" "$realm"
echo "WildFly resident memory after the runs, MiB: $(( $(ps -o rss= -p "$java_pid") / 1024 ))"
