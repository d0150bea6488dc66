-- Cost centres and their owners, and the approval of invoices without an order by the owner of
-- their cost centre. The invoice keeps its buyer reference (BT-10), which may name the cost centre.

create sequence cost_centre_seq start with 1 increment by 50;

create table cost_centre (
    id bigint primary key,
    version bigint not null,
    code varchar(64) not null,
    name varchar(255) not null,
    owner_username varchar(255) not null,
    active boolean not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null,
    constraint cost_centre_code_uk unique (code)
);
create index cost_centre_owner_ix on cost_centre (owner_username);

alter table supplier_invoice add column buyer_reference varchar(1000);
alter table supplier_invoice add column cost_centre varchar(64);
alter table supplier_invoice add column routed_by varchar(255);
alter table supplier_invoice add column approval_decided_by varchar(255);
alter table supplier_invoice add column approval_comment varchar(1000);
create index supplier_invoice_cost_centre_ix on supplier_invoice (cost_centre, status);
