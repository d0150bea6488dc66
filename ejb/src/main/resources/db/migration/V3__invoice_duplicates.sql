-- Duplicate invoices. The seller key is the seller's VAT identifier as invoices compare it (no spaces,
-- dots or dashes, in capitals), else its name; one seller cannot have two invoices with the same
-- number. An invoice with the same seller, date and total as another under a new number is kept and
-- points at that other invoice as a possible duplicate.

alter table supplier_invoice add column seller_key varchar(1010);
alter table supplier_invoice add column possible_duplicate_of bigint;

update supplier_invoice
set seller_key = case
    when seller_vat_id is not null then upper(replace(replace(replace(replace(seller_vat_id, ' ', ''), '.', ''), '-', ''), chr(9), ''))
    when seller_name is not null then 'NAME:' || upper(seller_name)
end;

create unique index supplier_invoice_seller_number_uk on supplier_invoice (seller_key, number);
create index supplier_invoice_seller_date_ix on supplier_invoice (seller_key, issue_date);
