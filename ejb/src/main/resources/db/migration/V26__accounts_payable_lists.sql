-- Indexes for the accounts-payable lists, which filter and sort invoices in the database.
-- The invoice list sorts on the reception time by default, alone or within one match status or supplier.
create index supplier_invoice_received_ix on supplier_invoice (received_at);
create index supplier_invoice_status_received_ix on supplier_invoice (status, received_at);
create index supplier_invoice_supplier_received_ix on supplier_invoice (supplier_id, received_at);
-- The invoice number filter matches the start of the number.
create index supplier_invoice_number_ix on supplier_invoice (number);
-- The dispute list filters on the status and shows the newest first.
create index invoice_dispute_status_opened_ix on invoice_dispute (status, opened_at);
create index invoice_dispute_opened_ix on invoice_dispute (opened_at);
