-- Access control and its records. Each supplier gets the code that binds its users to it (the
-- supplier_id attribute of the user in Keycloak), a contact, and bank details that change only after
-- a second person approves. The product keeps its own record of each user, for the approval limit
-- and the preferred language, and an outbox of the e-mails it sends.

create sequence bank_details_change_seq start with 1 increment by 50;
create sequence user_account_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;

alter table supplier add column code varchar(64);
alter table supplier add column contact_email varchar(254);
alter table supplier add column contact_language varchar(2);
alter table supplier add column iban varchar(34);
alter table supplier add column bic varchar(11);
alter table supplier add column account_holder varchar(140);
create unique index supplier_code_uk on supplier (code);

-- A supplier user lists its own invoices.
create index supplier_invoice_supplier_ix on supplier_invoice (supplier_id);

create table bank_details_change (
    id bigint primary key,
    version bigint not null,
    supplier_id bigint not null references supplier (id),
    iban varchar(34) not null,
    bic varchar(11),
    account_holder varchar(140) not null,
    status varchar(16) not null,
    requested_by varchar(255) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(255),
    decided_at timestamp with time zone,
    rejection_reason varchar(1000)
);
create index bank_details_change_supplier_ix on bank_details_change (supplier_id, status);

create table user_account (
    id bigint primary key,
    version bigint not null,
    username varchar(255) not null,
    display_name varchar(255),
    email varchar(254),
    preferred_language varchar(2) not null,
    approval_limit numeric(19, 2),
    approval_currency varchar(3),
    source varchar(16) not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);
create unique index user_account_username_uk on user_account (username);

create table notification (
    id bigint primary key,
    version bigint not null,
    recipient varchar(254) not null,
    language varchar(2) not null,
    subject varchar(255) not null,
    body varchar(4000) not null,
    document_type varchar(32),
    document_id bigint,
    status varchar(16) not null,
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    failure varchar(1000)
);
create index notification_status_ix on notification (status, id);

-- Accounts payable may accept a discrepancy for payment. The invoice keeps who accepted it and why.
alter table supplier_invoice add column discrepancy_accepted_by varchar(255);
alter table supplier_invoice add column discrepancy_acceptance_reason varchar(1000);
