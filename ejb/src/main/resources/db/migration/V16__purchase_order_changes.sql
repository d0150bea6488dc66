-- A buyer may change an issued order that came from a requisition: a line's price or quantity, or
-- a new line. Each order keeps the total excluding VAT that approvers last accepted, and counts its
-- revisions. A change beyond tolerance waits as a pending change while the requisition goes
-- through a new round of approval steps, and the order keeps its approved content meanwhile.

alter table purchase_order add column approved_total numeric(19, 2);
alter table purchase_order add column revision integer not null default 0;

-- Orders issued before this migration were approved with the content they have now.
update purchase_order o set approved_total = (
    select coalesce(sum(round(l.ordered_quantity * l.unit_price / l.price_basis_quantity, 2)), 0)
    from purchase_order_line l where l.purchase_order_id = o.id)
where o.requisition_id is not null;

alter table purchase_requisition add column change_total numeric(19, 2);
alter table purchase_requisition add column change_currency varchar(3);

alter table approval_step add column approval_round integer not null default 1;

create sequence purchase_order_change_seq start with 1 increment by 50;

create table purchase_order_change (
    id bigint primary key,
    version bigint not null,
    purchase_order_id bigint not null references purchase_order (id),
    requisition_id bigint not null references purchase_requisition (id),
    status varchar(16) not null,
    content varchar(1000000) not null,
    currency varchar(3) not null,
    approved_total numeric(19, 2) not null,
    proposed_total numeric(19, 2) not null,
    adds_lines boolean not null,
    reason varchar(1000),
    requested_by varchar(255) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(255),
    decided_at timestamp with time zone
);
create index purchase_order_change_order_ix on purchase_order_change (purchase_order_id);
create index purchase_order_change_requisition_ix on purchase_order_change (requisition_id, status);
