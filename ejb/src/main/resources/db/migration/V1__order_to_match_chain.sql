-- Schema of the order-to-match chain. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Sequences step by 50 to match the JPA allocation size. Supplier invoice figures are numeric(38, 12),
-- so any value the invoice reader accepts is stored exactly as the supplier wrote it.

create sequence supplier_seq start with 1 increment by 50;
create sequence catalog_item_seq start with 1 increment by 50;
create sequence purchase_requisition_seq start with 1 increment by 50;
create sequence requisition_line_seq start with 1 increment by 50;
create sequence purchase_order_seq start with 1 increment by 50;
create sequence purchase_order_line_seq start with 1 increment by 50;
create sequence shipping_notice_seq start with 1 increment by 50;
create sequence shipping_notice_line_seq start with 1 increment by 50;
create sequence goods_receipt_seq start with 1 increment by 50;
create sequence goods_receipt_line_seq start with 1 increment by 50;
create sequence supplier_invoice_seq start with 1 increment by 50;
create sequence supplier_invoice_line_seq start with 1 increment by 50;
create sequence match_result_seq start with 1 increment by 50;
create sequence match_line_result_seq start with 1 increment by 50;
create sequence audit_entry_seq start with 1 increment by 50;

-- Document numbers (PR-000001, PO-000001, GR-000001) step by one.
create sequence requisition_number_seq start with 1 increment by 1;
create sequence purchase_order_number_seq start with 1 increment by 1;
create sequence goods_receipt_number_seq start with 1 increment by 1;

create table supplier (
    id bigint primary key,
    version bigint not null,
    name varchar(255) not null,
    vat_id varchar(64),
    country_code varchar(2)
);
create unique index supplier_vat_id_uk on supplier (vat_id);

create table catalog_item (
    id bigint primary key,
    version bigint not null,
    supplier_id bigint not null references supplier (id),
    supplier_part_number varchar(128) not null,
    description varchar(1000) not null,
    unit_price numeric(19, 6) not null,
    currency varchar(3) not null,
    price_basis_quantity numeric(19, 6) not null,
    unit_code varchar(3) not null,
    constraint catalog_item_part_uk unique (supplier_id, supplier_part_number)
);

create table purchase_requisition (
    id bigint primary key,
    version bigint not null,
    number varchar(32) not null unique,
    requester varchar(255) not null,
    title varchar(255) not null,
    status varchar(16) not null,
    created_at timestamp with time zone not null,
    decided_by varchar(255),
    decided_at timestamp with time zone,
    rejection_reason varchar(1000)
);
create index purchase_requisition_status_ix on purchase_requisition (status);

create table requisition_line (
    id bigint primary key,
    requisition_id bigint not null references purchase_requisition (id),
    line_number integer not null,
    supplier_id bigint not null references supplier (id),
    catalog_item_id bigint references catalog_item (id),
    supplier_part_number varchar(128),
    description varchar(1000) not null,
    quantity numeric(19, 6) not null,
    unit_code varchar(3) not null,
    unit_price numeric(19, 6) not null,
    price_basis_quantity numeric(19, 6) not null,
    currency varchar(3) not null,
    vat_rate numeric(7, 4) not null,
    cost_centre varchar(64) not null,
    need_by_date date
);
create index requisition_line_requisition_ix on requisition_line (requisition_id);

create table purchase_order (
    id bigint primary key,
    version bigint not null,
    number varchar(64) not null unique,
    supplier_id bigint not null references supplier (id),
    requisition_id bigint references purchase_requisition (id),
    currency varchar(3) not null,
    status varchar(32) not null,
    issued_at timestamp with time zone not null,
    issued_by varchar(255) not null,
    supplier_note varchar(1000)
);
create index purchase_order_supplier_ix on purchase_order (supplier_id);
create index purchase_order_requisition_ix on purchase_order (requisition_id);

create table purchase_order_line (
    id bigint primary key,
    version bigint not null,
    purchase_order_id bigint not null references purchase_order (id),
    line_number varchar(64) not null,
    supplier_part_number varchar(128),
    description varchar(1000) not null,
    unit_code varchar(3) not null,
    unit_price numeric(19, 6) not null,
    price_basis_quantity numeric(19, 6) not null,
    vat_rate numeric(7, 4) not null,
    cost_centre varchar(64),
    requested_delivery_date date,
    confirmation_status varchar(16) not null,
    confirmed_delivery_date date,
    ordered_quantity numeric(19, 6) not null,
    confirmed_quantity numeric(19, 6) not null,
    shipped_quantity numeric(19, 6) not null,
    received_quantity numeric(19, 6) not null,
    accepted_quantity numeric(19, 6) not null,
    rejected_quantity numeric(19, 6) not null,
    invoiced_quantity numeric(19, 6) not null,
    constraint purchase_order_line_number_uk unique (purchase_order_id, line_number)
);

create table shipping_notice (
    id bigint primary key,
    number varchar(64) not null,
    purchase_order_id bigint not null references purchase_order (id),
    delivery_date date not null,
    sent_at timestamp with time zone not null,
    sent_by varchar(255) not null
);
create unique index shipping_notice_number_uk on shipping_notice (purchase_order_id, number);

create table shipping_notice_line (
    id bigint primary key,
    shipping_notice_id bigint not null references shipping_notice (id),
    purchase_order_line_id bigint not null references purchase_order_line (id),
    quantity numeric(19, 6) not null
);
create index shipping_notice_line_notice_ix on shipping_notice_line (shipping_notice_id);

create table goods_receipt (
    id bigint primary key,
    number varchar(32) not null unique,
    purchase_order_id bigint not null references purchase_order (id),
    posted_at timestamp with time zone not null,
    posted_by varchar(255) not null
);
create index goods_receipt_order_ix on goods_receipt (purchase_order_id);

create table goods_receipt_line (
    id bigint primary key,
    goods_receipt_id bigint not null references goods_receipt (id),
    purchase_order_line_id bigint not null references purchase_order_line (id),
    received_quantity numeric(19, 6) not null,
    accepted_quantity numeric(19, 6) not null,
    rejected_quantity numeric(19, 6) not null
);
create index goods_receipt_line_receipt_ix on goods_receipt_line (goods_receipt_id);

create table supplier_invoice (
    id bigint primary key,
    version bigint not null,
    number varchar(1000) not null,
    issue_date date,
    currency varchar(16) not null,
    order_reference varchar(1000),
    seller_name varchar(1000),
    seller_vat_id varchar(255),
    total_without_vat numeric(38, 12),
    total_vat numeric(38, 12),
    total_with_vat numeric(38, 12),
    supplier_id bigint references supplier (id),
    purchase_order_id bigint references purchase_order (id),
    status varchar(32) not null,
    received_at timestamp with time zone not null,
    received_by varchar(255) not null,
    document_format varchar(32) not null
);
create index supplier_invoice_order_ix on supplier_invoice (purchase_order_id);
create index supplier_invoice_order_reference_ix on supplier_invoice (order_reference);
create index supplier_invoice_status_ix on supplier_invoice (status);

create table supplier_invoice_line (
    id bigint primary key,
    invoice_id bigint not null references supplier_invoice (id),
    line_id varchar(1000),
    order_line_reference varchar(1000),
    seller_item_id varchar(1000),
    description varchar(4000),
    quantity numeric(38, 12),
    unit_code varchar(16),
    net_price numeric(38, 12),
    price_base_quantity numeric(38, 12),
    net_amount numeric(38, 12),
    vat_rate numeric(38, 12),
    order_line_id bigint references purchase_order_line (id)
);
create index supplier_invoice_line_invoice_ix on supplier_invoice_line (invoice_id);
create index supplier_invoice_line_order_line_ix on supplier_invoice_line (order_line_id, invoice_id);

create table invoice_document (
    invoice_id bigint primary key references supplier_invoice (id),
    content_type varchar(128) not null,
    content bytea not null,
    sha256 varchar(64) not null
);

create table match_result (
    id bigint primary key,
    version bigint not null,
    invoice_id bigint not null unique references supplier_invoice (id),
    outcome varchar(32) not null,
    reason varchar(32),
    matched_at timestamp with time zone not null,
    run_count integer not null
);

create table match_line_result (
    id bigint primary key,
    match_result_id bigint not null references match_result (id),
    position integer not null,
    invoice_line_id varchar(1000),
    order_line_number varchar(64),
    outcome varchar(32) not null,
    reason varchar(32),
    invoiced_quantity numeric(38, 12),
    available_quantity numeric(38, 12),
    unit_code varchar(16),
    invoice_unit_price numeric(38, 12),
    order_unit_price numeric(38, 12)
);
create index match_line_result_result_ix on match_line_result (match_result_id);

create table audit_entry (
    id bigint primary key,
    document_type varchar(32) not null,
    document_id bigint not null,
    action varchar(64) not null,
    actor varchar(255) not null,
    occurred_at timestamp with time zone not null,
    detail varchar(2000)
);
create index audit_entry_document_ix on audit_entry (document_type, document_id, occurred_at);
