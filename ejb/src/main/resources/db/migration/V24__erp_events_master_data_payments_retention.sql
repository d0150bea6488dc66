-- The customer's ERP side: events published to the ERP (JMS topic and signed webhooks), general-
-- ledger accounts sent by the ERP, payments the ERP reports on invoices, the legal retention of
-- original invoice files and the erasure of users' personal data.

-- One row per business event; webhook deliveries point at it, so every subscriber gets the same body.
create sequence erp_event_seq start with 1 increment by 50;
create table erp_event (
    id bigint primary key,
    event_id varchar(36) not null unique,
    event_type varchar(64) not null,
    payload varchar(4000) not null,
    occurred_at timestamp with time zone not null
);

create sequence webhook_subscription_seq start with 1 increment by 50;
create table webhook_subscription (
    id bigint primary key,
    version bigint not null,
    url varchar(2000) not null,
    event_types varchar(1000) not null,
    -- AES-256-GCM under the key file of SecretCipher: the signature needs the secret itself, so it cannot be hashed.
    secret_encrypted varchar(1000) not null,
    active boolean not null,
    created_by varchar(255) not null,
    created_at timestamp with time zone not null
);

create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id bigint primary key,
    version bigint not null,
    subscription_id bigint not null references webhook_subscription (id),
    event_id bigint not null references erp_event (id),
    status varchar(16) not null,
    attempt_count integer not null,
    next_attempt_at timestamp with time zone,
    last_status_code integer,
    delivered_at timestamp with time zone,
    created_at timestamp with time zone not null
);
create index webhook_delivery_subscription_ix on webhook_delivery (subscription_id, id);
create index webhook_delivery_event_ix on webhook_delivery (event_id);
create index webhook_delivery_due_ix on webhook_delivery (status, next_attempt_at);

create sequence webhook_attempt_seq start with 1 increment by 50;
create table webhook_attempt (
    id bigint primary key,
    delivery_id bigint not null references webhook_delivery (id),
    attempt_number integer not null,
    attempted_at timestamp with time zone not null,
    status_code integer,
    error varchar(1000),
    duration_millis bigint not null
);
create index webhook_attempt_delivery_ix on webhook_attempt (delivery_id, attempt_number);

create sequence gl_account_seq start with 1 increment by 50;
create table gl_account (
    id bigint primary key,
    version bigint not null,
    code varchar(64) not null,
    label varchar(255) not null,
    active boolean not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);
create unique index gl_account_code_uk on gl_account (code);

-- Payments the ERP reports. The reference is the ERP's payment number; posting it again changes nothing.
create sequence invoice_payment_seq start with 1 increment by 50;
create table invoice_payment (
    id bigint primary key,
    invoice_id bigint not null references supplier_invoice (id),
    amount numeric(19, 2) not null,
    paid_on date not null,
    reference varchar(255) not null,
    recorded_by varchar(255) not null,
    recorded_at timestamp with time zone not null
);
create unique index invoice_payment_reference_uk on invoice_payment (invoice_id, reference);
alter table supplier_invoice add column paid_amount numeric(19, 2) default 0 not null;
alter table supplier_invoice add column last_paid_on date;

-- Originals are kept for the retention period counted from stored_at; past it, a daily timer deletes
-- only the bytes and keeps the hash and the metadata.
alter table invoice_document add column stored_at timestamp with time zone;
update invoice_document d set stored_at = (select i.received_at from supplier_invoice i where i.id = d.invoice_id);
alter table invoice_document alter column stored_at set not null;
alter table invoice_document add column content_deleted_at timestamp with time zone;
alter table invoice_document alter column content drop not null;
create index invoice_document_retention_ix on invoice_document (stored_at);

-- Users whose personal data was erased: the pseudonym that replaced their user name everywhere.
alter table user_account add column erased_at timestamp with time zone;

-- The ERP names an invoice by its supplier and number when it reports a payment.
create index if not exists supplier_invoice_supplier_number_ix on supplier_invoice (supplier_id, number);
