-- EN 16931 validation of inbound invoices. A document that fails the rules is kept with status
-- REJECTED (French lifecycle 213 Rejetée). Its header may be unreadable, so the invoice number and
-- currency become optional. The unique index on seller and number leaves rejected invoices out, so
-- the supplier's corrected document may reuse the number.

alter table supplier_invoice alter column number drop not null;
alter table supplier_invoice alter column currency drop not null;

-- A rejected invoice no longer holds its number. PostgreSQL gets the unique index back without the
-- rejected invoices in V21_1 (vendor folder); H2, which has no partial index, keeps none.
drop index supplier_invoice_seller_number_uk;

-- Finds a rejected document posted again, by the hash of its bytes.
create index invoice_document_sha256_ix on invoice_document (sha256);

-- One report per validated document: the rule sets applied (id and version, comma-separated) and
-- each failed assertion in the order the rule sets reported them.
create table invoice_validation_report (
    invoice_id bigint primary key references supplier_invoice (id),
    validated_at timestamp with time zone not null,
    rule_sets varchar(2000) not null,
    error_count integer not null,
    warning_count integer not null
);

create table invoice_validation_failure (
    invoice_id bigint not null references invoice_validation_report (invoice_id),
    position integer not null,
    rule_id varchar(255) not null,
    severity varchar(16) not null,
    location text,
    message text,
    primary key (invoice_id, position)
);
