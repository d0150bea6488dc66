-- A supplier may confirm an order line at another unit price; the match then compares invoices
-- with the confirmed price.
alter table purchase_order_line add column confirmed_unit_price numeric(19, 6);
