-- The dashboard's order-to-receipt cycle time reads the goods receipts of a date range, and its late
-- deliveries look for lines past their confirmed delivery date (V27 indexes the requested one). The
-- other dashboard queries use indexes of V1, V26 and V27: invoices by status and by reception date,
-- orders by status and by issue date.
create index goods_receipt_posted_at_ix on goods_receipt (posted_at);
create index purchase_order_line_confirmed_ix on purchase_order_line (confirmed_delivery_date);
