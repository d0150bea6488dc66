-- Gives the orders that load-orders.sql loaded the mix a portal shows: some still open and late,
-- and one invoice per received order, with a match result, in the statuses of a real ledger.
-- Run it on the same range right after load-orders.sql:
--
--   psql -v first=1 -v last=999999 -f benchmark/load-portal.sql DATABASE
--
-- Order i is ISSUED and not received when i mod 10 = 0, its line dates in the past, so it is late;
-- CONFIRMED for a date in the future when i mod 10 = 5; the others stay RECEIVED and get invoice
-- BENCH-INV-i, received i mod 365 days ago. Of those invoices, by i mod 20: 0 to 13 matched, 14
-- and 15 matched within tolerance, 16 to 18 with a price discrepancy on line 1, 19 awaiting
-- receipt. No audit entries are written, so every matched invoice counts as touchless.

\set ON_ERROR_STOP on

begin;

update purchase_order set status = 'ISSUED' where number between 'BENCH-' || lpad(:first::text, 6, '0')
    and 'BENCH-' || lpad(:last::text, 6, '0') and substring(number from 7)::int % 10 = 0;
update purchase_order set status = 'CONFIRMED' where number between 'BENCH-' || lpad(:first::text, 6, '0')
    and 'BENCH-' || lpad(:last::text, 6, '0') and substring(number from 7)::int % 10 = 5;
update purchase_order_line l set received_quantity = 0, accepted_quantity = 0,
       requested_delivery_date = current_date - 1 - (o.id % 60)::int
from purchase_order o where o.id = l.purchase_order_id and o.status = 'ISSUED'
  and o.number between 'BENCH-' || lpad(:first::text, 6, '0') and 'BENCH-' || lpad(:last::text, 6, '0');
update purchase_order_line l set received_quantity = 0, accepted_quantity = 0,
       confirmed_delivery_date = current_date + 1 + (o.id % 60)::int
from purchase_order o where o.id = l.purchase_order_id and o.status = 'CONFIRMED'
  and o.number between 'BENCH-' || lpad(:first::text, 6, '0') and 'BENCH-' || lpad(:last::text, 6, '0');

create temporary table bench_invoice on commit drop as
select o.id as order_id, o.supplier_id, substring(o.number from 7)::int as i
from purchase_order o
where o.number between 'BENCH-' || lpad(:first::text, 6, '0') and 'BENCH-' || lpad(:last::text, 6, '0')
  and o.status = 'RECEIVED';

select nextval('supplier_invoice_seq') + 100 - :first as invoice_base,
       nextval('match_result_seq') + 100 - :first as result_base,
       nextval('match_line_result_seq') + 100 - :first as line_result_base
\gset

insert into supplier_invoice (id, version, number, issue_date, currency, order_reference, seller_name, seller_vat_id,
                              total_without_vat, total_vat, total_with_vat, supplier_id, purchase_order_id, status,
                              received_at, received_by, document_format, document_kind, seller_key)
select :invoice_base + b.i, 1, 'BENCH-INV-' || lpad(b.i::text, 7, '0'), current_date - (b.i % 365), 'EUR',
       'BENCH-' || lpad(b.i::text, 6, '0'), 'Benchmark supplier', null, 100, 20, 120, b.supplier_id, b.order_id,
       case when b.i % 20 < 14 then 'MATCHED' when b.i % 20 < 16 then 'MATCHED_WITHIN_TOLERANCE'
            when b.i % 20 < 19 then 'DISCREPANCY' else 'AWAITING_RECEIPT' end,
       now() - make_interval(days => b.i % 365), 'agnes', 'UBL', 'INVOICE', 'BENCH-S' || b.supplier_id
from bench_invoice b;

insert into match_result (id, version, invoice_id, outcome, reason, matched_at, run_count)
select :result_base + b.i, 1, :invoice_base + b.i,
       case when b.i % 20 < 14 then 'MATCHED' when b.i % 20 < 16 then 'MATCHED_WITHIN_TOLERANCE'
            when b.i % 20 < 19 then 'DISCREPANCY' else 'AWAITING_RECEIPT' end,
       null, now() - make_interval(days => b.i % 365) + interval '2 minutes', 1
from bench_invoice b;

insert into match_line_result (id, match_result_id, position, invoice_line_id, order_line_number, outcome, reason,
                               invoiced_quantity, available_quantity, unit_code, invoice_unit_price, order_unit_price)
select :line_result_base + b.i, :result_base + b.i, 1, '1', '1', 'DISCREPANCY',
       case when b.i % 2 = 0 then 'PRICE_ABOVE_ORDER' else 'QUANTITY_OVER_RECEIPT' end, 2, 2, 'C62', 13, 11
from bench_invoice b
where b.i % 20 between 16 and 18;

\o /dev/null
select setval('supplier_invoice_seq', :invoice_base + :last + 100);
select setval('match_result_seq', :result_base + :last + 100);
select setval('match_line_result_seq', :line_result_base + :last + 100);
\o

commit;

analyze purchase_order;
analyze purchase_order_line;
analyze supplier_invoice;
analyze match_result;
analyze match_line_result;
