#!/usr/bin/env bash
# Measures invoice posting and matching at two database sizes, on a WildFly of its own on
# PostgreSQL (ports 8280 and 10190, Keycloak on 8580). It bulk-loads SMALL orders of 5 received
# lines with benchmark/load-orders.sql. It posts invoices for the first WARMUP of them to warm the
# server up, then up to INVOICES invoices for the others through the API with
# benchmark/MatchScaleBenchmark.java. Then it loads orders up to LARGE in all and posts INVOICES
# invoices for the new orders, so the second run shows whether the cost per invoice grows with the
# database.
#
#   benchmark/run-scale-benchmark.sh [SMALL [LARGE [INVOICES]]]     (defaults 10000, 100000 and 20000)
#
# THREADS (default 8) sets the client threads that post, RATE (default 200) the invoices per
# second offered in the end-to-end half of each run, WARMUP (default 1000) the invoices posted
# before the first run and left out of its figures. Needs PostgreSQL on 127.0.0.1:5432 with a
# user postgres that may create databases, and psql. The database openprocure_bench is created at
# each run and dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

small=${1:-10000}
large=${2:-100000}
invoices=${3:-20000}
threads=${THREADS:-8}
rate=${RATE:-200}
warmup=${WARMUP:-1000}
if [ "$large" -le "$small" ]; then
    echo "LARGE ($large) must be greater than SMALL ($small)" >&2
    exit 2
fi
if [ "$warmup" -ge "$small" ]; then
    echo "WARMUP ($warmup) must be less than SMALL ($small)" >&2
    exit 2
fi
source benchmark/start-servers.sh

load_orders() {
    local start=$SECONDS
    psql -h 127.0.0.1 -U postgres -q -v first="$1" -v last="$2" -f benchmark/load-orders.sql "$database"
    echo "Loaded orders BENCH-$(printf %06d "$1") to BENCH-$(printf %06d "$2") in $((SECONDS - start)) s"
}

# Posts COUNT invoices for the orders from FIRST to LAST, spread evenly over them, and prints the figures.
post_invoices() {
    local first=$1 last=$2 count=$3
    local orders=$((last - first + 1))
    if [ "$count" -gt "$orders" ]; then
        count=$orders
    fi
    echo "Load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -cp "$folder/postgresql-42.7.14.jar" benchmark/MatchScaleBenchmark.java --url="$url" --realm="$realm" \
        --jdbc="$jdbc_url" --cli="$cli" --first="$first" --stride=$((orders / count)) --invoices="$count" \
        --threads="$threads" --rate="$rate"
    echo "Load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Posts invoices for the orders from 1 to COUNT and discards the figures, so the first run measures
# a server whose JIT compiler, caches and connection pools have warmed up.
warm_up() {
    local count=$1
    java -cp "$folder/postgresql-42.7.14.jar" benchmark/MatchScaleBenchmark.java --url="$url" --realm="$realm" \
        --jdbc="$jdbc_url" --cli="$cli" --first=1 --invoices="$count" --threads="$threads" --rate="$rate" > /dev/null
    echo "Warm-up: $count invoices posted and matched, not counted"
}

java_pid=$(pgrep -f "jboss.home.dir=$server" | head -1)
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
     "WildFly $wildfly_version, -Xmx from standalone.conf; $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version') on 127.0.0.1"

echo "== $small orders"
load_orders 1 "$small"
if [ "$warmup" -gt 0 ]; then
    warm_up "$warmup"
fi
post_invoices $((warmup + 1)) "$small" "$invoices"

echo "== $large orders"
load_orders $((small + 1)) "$large"
post_invoices $((small + 1)) "$large" "$invoices"

echo "WildFly resident memory after the runs, MiB: $(( $(ps -o rss= -p "$java_pid") / 1024 ))"
