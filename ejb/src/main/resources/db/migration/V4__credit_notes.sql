-- Credit notes. A supplier document is an invoice, a credit note or a negative invoice, which
-- credits like a credit note. A credit names the invoice it corrects (BT-25), each of its lines keeps
-- the quantity it takes back, and the order line's invoiced quantity goes down as its credited
-- quantity goes up.

alter table supplier_invoice add column document_kind varchar(16) default 'INVOICE' not null;
alter table supplier_invoice add column preceding_invoice_number varchar(1000);
alter table purchase_order_line add column credited_quantity numeric(19, 6) default 0 not null;
alter table supplier_invoice_line add column credited_quantity numeric(38, 12) default 0 not null;
