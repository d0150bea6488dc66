-- The dashboard counts open orders by status and reads rates and cycle times over a date range;
-- these indexes keep each of those queries on the rows it needs.
create index purchase_order_status_ix on purchase_order (status);
create index purchase_order_issued_at_ix on purchase_order (issued_at);
create index supplier_invoice_received_at_ix on supplier_invoice (received_at);
create index goods_receipt_posted_at_ix on goods_receipt (posted_at);
