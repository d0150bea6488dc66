-- Actions of accounts payable after a discrepancy: putting an invoice on hold, opening a dispute
-- with the supplier and settling it. The invoice keeps its French e-invoicing lifecycle code (204 taken over,
-- 205 approved, 207 in dispute, 208 suspended, 210 refused), recomputed after each of these actions.

create sequence invoice_dispute_seq start with 1 increment by 50;

alter table supplier_invoice add column on_hold boolean default false not null;
alter table supplier_invoice add column hold_reason varchar(1000);
alter table supplier_invoice add column lifecycle_code varchar(3);

create table invoice_dispute (
    id bigint primary key,
    version bigint not null,
    invoice_id bigint not null references supplier_invoice (id),
    reason_code varchar(32) not null,
    description varchar(2000) not null,
    disputed_lines varchar(1000),
    disputed_amount numeric(19, 2),
    deadline date,
    status varchar(16) not null,
    outcome varchar(32),
    resolution_note varchar(2000),
    opened_by varchar(255) not null,
    opened_at timestamp with time zone not null,
    resolved_by varchar(255),
    resolved_at timestamp with time zone
);
create index invoice_dispute_invoice_ix on invoice_dispute (invoice_id, status);
