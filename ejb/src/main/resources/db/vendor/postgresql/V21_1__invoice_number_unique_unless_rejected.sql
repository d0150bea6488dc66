-- One invoice number per seller, among the invoices that were not rejected, so that the corrected
-- document may reuse the number of the rejected one.
create unique index supplier_invoice_seller_number_uk on supplier_invoice (seller_key, number) where status <> 'REJECTED';
