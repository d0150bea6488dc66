#!/usr/bin/env bash
# Measures the portal's dashboard and list pages on a database of ORDERS orders (default 999,999, the
# most that the six-digit order numbers of load-orders.sql allow)
# with one invoice per received order, on a WildFly of its own on PostgreSQL (see
# benchmark/start-servers.sh for its ports). It bulk-loads the orders with benchmark/load-orders.sql
# and gives them the mix of statuses of benchmark/load-portal.sql, then times the requests with
# benchmark/PortalBenchmark.java.
#
#   benchmark/run-portal-benchmark.sh [ORDERS]
#
# ROUNDS (default 10) sets how many times each request is measured. Needs PostgreSQL on
# 127.0.0.1:5432 with a user postgres that may create databases, and psql. The database
# openprocure_bench is created at each run and dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

orders=${1:-999999}
rounds=${ROUNDS:-10}
source benchmark/start-servers.sh

start=$SECONDS
for first in $(seq 1 100000 "$orders"); do
    last=$((first + 99999))
    if [ "$last" -gt "$orders" ]; then
        last=$orders
    fi
    psql -h 127.0.0.1 -U postgres -q -v first="$first" -v last="$last" -f benchmark/load-orders.sql "$database"
    psql -h 127.0.0.1 -U postgres -q -v first="$first" -v last="$last" -f benchmark/load-portal.sql "$database"
done
echo "Loaded $orders orders and their invoices in $((SECONDS - start)) s"
psql -h 127.0.0.1 -U postgres -At -c "select 'purchase_order rows: ' || count(*) from purchase_order" \
    -c "select 'purchase_order_line rows: ' || count(*) from purchase_order_line" \
    -c "select 'supplier_invoice rows: ' || count(*) from supplier_invoice" "$database"
echo "Load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
java benchmark/PortalBenchmark.java --url="$url" --realm="$realm" --orders="$orders" --rounds="$rounds"
echo "Load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
