-- The supplier portal lists a supplier's orders newest first, filtered by status or issue date.
create index purchase_order_supplier_issued_ix on purchase_order (supplier_id, issued_at);
create index purchase_order_supplier_status_ix on purchase_order (supplier_id, status, issued_at);
