-- The buyer's order list filters and sorts in the database by status, issue date and supplier;
-- the requester's list reads their own requisitions, newest first; the supplier list sorts by name.
create index purchase_order_status_issued_ix on purchase_order (status, issued_at);
create index purchase_order_issued_ix on purchase_order (issued_at);
create index purchase_requisition_requester_ix on purchase_requisition (requester, id);
create index supplier_name_ix on supplier (name);
create index purchase_order_line_delivery_ix on purchase_order_line (requested_delivery_date);
-- The receiver finds the order of a shipping notice by the notice's number alone.
create index shipping_notice_number_ix on shipping_notice (number);

-- Why the receiver rejected part of a receipt line, as typed on the goods receipt page; null when nothing was rejected.
alter table goods_receipt_line add column rejection_reason varchar(1000);
