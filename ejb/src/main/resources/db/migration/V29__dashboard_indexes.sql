-- The dashboard's order-to-receipt cycle time reads the goods receipts of a date range. The other
-- dashboard queries use indexes of V1, V26 and V27: invoices by status and by reception date,
-- orders by status and by issue date.
create index goods_receipt_posted_at_ix on goods_receipt (posted_at);
