-- Loads benchmark orders in bulk into a database that the application's Flyway migrations created.
-- The orders are numbered BENCH-000001 and up. Each has 5 lines that the supplier confirmed, that
-- were shipped, and that one goods receipt fully received and accepted, so an invoice of the same
-- quantities and prices matches. Orders go round-robin to 100 suppliers (BENCH-S001 to BENCH-S100,
-- VAT identifiers FR00000000001 to FR00000000100), created by the first run.
--
--   psql -v first=1 -v last=10000 -f benchmark/load-orders.sql DATABASE
--
-- Line n of order i: quantity 2n of unit C62 at 20 % VAT, unit price 10 + n, except line 1 whose
-- price is 11 + i / 100, so no two invoices have the same total (MatchScaleBenchmark.java writes
-- the invoices from the same rule). Ids come from ranges taken past the current value of each
-- sequence, and each sequence is then set past the range: the application allocates ids 50 at a
-- time from the same sequences, so a range that starts 100 above nextval never meets a block it
-- already holds. No audit entries are written for the loaded documents.

\set ON_ERROR_STOP on
\set suppliers 100
\set lines 5

begin;

select nextval('supplier_seq') + 100 as supplier_base \gset
insert into supplier (id, version, name, vat_id, country_code, code, contact_language)
select :supplier_base + s, 0, 'Benchmark supplier ' || s, 'FR' || lpad(s::text, 11, '0'), 'FR',
       'BENCH-S' || lpad(s::text, 3, '0'), 'fr'
from generate_series(1, :suppliers) s
where not exists (select 1 from supplier where code = 'BENCH-S001');
\o /dev/null
select setval('supplier_seq', (select max(id) from supplier) + 100);
\o

-- One supplier per order: order i goes to supplier 1 + i mod 100.
create temporary table bench_supplier on commit drop as
select id, substring(code from 8)::int - 1 as slot from supplier where code like 'BENCH-S%';

select nextval('purchase_order_seq') + 100 - :first as order_base,
       nextval('purchase_order_line_seq') + 100 - :first * :lines as line_base,
       nextval('goods_receipt_seq') + 100 - :first as receipt_base,
       nextval('goods_receipt_line_seq') + 100 - :first * :lines as receipt_line_base
\gset

insert into purchase_order (id, version, number, supplier_id, currency, status, issued_at, issued_by)
select :order_base + i, 1, 'BENCH-' || lpad(i::text, 6, '0'), s.id, 'EUR', 'RECEIVED',
       now() - interval '30 days', 'bruno'
from generate_series(:first, :last) i
join bench_supplier s on s.slot = i % :suppliers;

insert into purchase_order_line (id, version, purchase_order_id, line_number, supplier_part_number, description, unit_code,
                                 unit_price, price_basis_quantity, vat_rate, cost_centre, confirmation_status,
                                 ordered_quantity, confirmed_quantity, shipped_quantity, received_quantity,
                                 accepted_quantity, rejected_quantity, invoiced_quantity)
select :line_base + i * :lines + n, 3, :order_base + i, n::text, 'PART-' || n, 'Benchmark item ' || n, 'C62',
       case when n = 1 then 11 + i / 100.0 else 10 + n end, 1, 20, 'CC-BENCH', 'ACCEPTED',
       2 * n, 2 * n, 2 * n, 2 * n, 2 * n, 0, 0
from generate_series(:first, :last) i
cross join generate_series(1, :lines) n;

insert into goods_receipt (id, number, purchase_order_id, posted_at, posted_by)
select :receipt_base + i, 'BENCH-GR-' || lpad(i::text, 6, '0'), :order_base + i, now() - interval '10 days', 'rachid'
from generate_series(:first, :last) i;

insert into goods_receipt_line (id, goods_receipt_id, purchase_order_line_id, received_quantity, accepted_quantity,
                                rejected_quantity)
select :receipt_line_base + i * :lines + n, :receipt_base + i, :line_base + i * :lines + n, 2 * n, 2 * n, 0
from generate_series(:first, :last) i
cross join generate_series(1, :lines) n;

\o /dev/null
select setval('purchase_order_seq', :order_base + :last + 100);
select setval('purchase_order_line_seq', :line_base + (:last + 1) * :lines + 100);
select setval('goods_receipt_seq', :receipt_base + :last + 100);
select setval('goods_receipt_line_seq', :receipt_line_base + (:last + 1) * :lines + 100);
\o

commit;

analyze supplier;
analyze purchase_order;
analyze purchase_order_line;
analyze goods_receipt;
analyze goods_receipt_line;
