-- Charges and allowances, line amounts and purchase categories in the three-way match.
-- Catalog items, requisition lines and order lines carry a purchase category, a classification
-- code such as a UNSPSC commodity, whose tolerances apply when the supplier has agreed none.
-- Orders foresee document-level charges and allowances; invoices keep theirs as received, on the
-- document or on a line. Match results record the line amounts compared, each charge comparison,
-- and the tolerances applied with their source.

alter table catalog_item add column category varchar(64);
alter table requisition_line add column category varchar(64);
alter table purchase_order_line add column category varchar(64);

create sequence order_allowance_charge_seq start with 1 increment by 50;
create table order_allowance_charge (
    id bigint primary key,
    purchase_order_id bigint not null references purchase_order (id),
    position integer not null,
    charge_indicator boolean not null,
    reason_code varchar(3),
    reason varchar(1000),
    amount numeric(19, 6) not null
);
create index order_allowance_charge_order_ix on order_allowance_charge (purchase_order_id);

-- Exactly one of invoice_id (document level, BG-20/BG-21) and invoice_line_id (line level, BG-27/BG-28) is set.
create sequence invoice_allowance_charge_seq start with 1 increment by 50;
create table invoice_allowance_charge (
    id bigint primary key,
    invoice_id bigint references supplier_invoice (id),
    invoice_line_id bigint references supplier_invoice_line (id),
    position integer not null,
    charge_indicator boolean not null,
    reason_code varchar(16),
    reason varchar(1000),
    amount numeric(38, 12),
    base_amount numeric(38, 12),
    percentage numeric(38, 12),
    constraint invoice_allowance_charge_level_ck check ((invoice_id is null) <> (invoice_line_id is null))
);
create index invoice_allowance_charge_invoice_ix on invoice_allowance_charge (invoice_id);
create index invoice_allowance_charge_line_ix on invoice_allowance_charge (invoice_line_id);

-- Empty values follow the company's defaults, so agreements made before this version keep their meaning.
alter table supplier_match_tolerance add column quantity_absolute numeric(19, 6);
alter table supplier_match_tolerance add column line_amount_percent numeric(9, 4);
alter table supplier_match_tolerance add column line_amount_absolute numeric(19, 6);

create sequence category_match_tolerance_seq start with 1 increment by 50;
create table category_match_tolerance (
    id bigint primary key,
    version bigint not null,
    category varchar(64) not null unique,
    quantity_percent numeric(9, 4) not null,
    quantity_absolute numeric(19, 6),
    price_percent numeric(9, 4) not null,
    price_amount numeric(19, 6) not null,
    line_amount_percent numeric(9, 4),
    line_amount_absolute numeric(19, 6),
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);

alter table match_line_result add column invoice_line_amount numeric(38, 12);
alter table match_line_result add column order_line_amount numeric(38, 12);
alter table match_line_result add column tolerance_source varchar(16);
alter table match_line_result add column tolerance_category varchar(64);
alter table match_line_result add column quantity_tolerance_percent numeric(38, 12);
alter table match_line_result add column quantity_tolerance_absolute numeric(38, 12);
alter table match_line_result add column price_tolerance_percent numeric(38, 12);
alter table match_line_result add column price_tolerance_amount numeric(38, 12);
alter table match_line_result add column line_amount_tolerance_percent numeric(38, 12);
alter table match_line_result add column line_amount_tolerance_absolute numeric(38, 12);

create sequence match_charge_result_seq start with 1 increment by 50;
create table match_charge_result (
    id bigint primary key,
    match_result_id bigint not null references match_result (id),
    position integer not null,
    charge_indicator boolean not null,
    reason_code varchar(16),
    reason_text varchar(1000),
    invoice_amount numeric(38, 12) not null,
    order_amount numeric(38, 12) not null,
    earlier_amount numeric(38, 12) not null,
    outcome varchar(32) not null,
    reason varchar(32),
    tolerance_source varchar(16),
    tolerance_category varchar(64),
    quantity_tolerance_percent numeric(38, 12),
    quantity_tolerance_absolute numeric(38, 12),
    price_tolerance_percent numeric(38, 12),
    price_tolerance_amount numeric(38, 12),
    line_amount_tolerance_percent numeric(38, 12),
    line_amount_tolerance_absolute numeric(38, 12)
);
create index match_charge_result_result_ix on match_charge_result (match_result_id);
