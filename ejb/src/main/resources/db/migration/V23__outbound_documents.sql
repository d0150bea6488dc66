-- Outbound documents: how each supplier receives its orders, and every delivery of an order or a
-- goods receipt to a supplier with each of its attempts.

-- The channel a supplier's orders go out on. PORTAL (no row) means the supplier reads them in the
-- portal. CXML and UBL post to endpoint_url; CXML uses the credentials below when they are set,
-- else those of the supplier's punch-out settings. The shared secret is stored encrypted.
create table supplier_order_channel (
    supplier_id bigint primary key references supplier (id),
    version bigint not null,
    channel varchar(8) not null,
    endpoint_url varchar(2000),
    from_domain varchar(64),
    from_identity varchar(255),
    to_domain varchar(64),
    to_identity varchar(255),
    sender_domain varchar(64),
    sender_identity varchar(255),
    shared_secret_encrypted varchar(1000),
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);

alter table purchase_order add column cancelled_at timestamp with time zone;
alter table purchase_order add column cancelled_by varchar(255);
alter table purchase_order add column cancellation_reason varchar(1000);

create sequence outbound_delivery_seq increment by 50;

-- One document to deliver: the payload is built when the delivery is queued, so a retry or a
-- re-send sends the same bytes.
create table outbound_delivery (
    id bigint primary key,
    version bigint not null,
    document_type varchar(32) not null,
    document_id bigint not null,
    purchase_order_id bigint not null,
    supplier_id bigint not null,
    channel varchar(8) not null,
    purpose varchar(8) not null,
    order_revision integer not null,
    format varchar(32) not null,
    content_type varchar(100) not null,
    payload bytea not null,
    target varchar(2000) not null,
    status varchar(16) not null,
    attempts integer not null,
    next_attempt_at timestamp with time zone,
    last_error varchar(2000),
    created_at timestamp with time zone not null,
    delivered_at timestamp with time zone
);
create index outbound_delivery_order_ix on outbound_delivery (purchase_order_id, id);
create index outbound_delivery_status_ix on outbound_delivery (status, next_attempt_at);

create sequence delivery_attempt_seq increment by 50;

create table delivery_attempt (
    id bigint primary key,
    delivery_id bigint not null references outbound_delivery (id),
    attempted_at timestamp with time zone not null,
    duration_millis bigint not null,
    http_status integer,
    succeeded boolean not null,
    error varchar(2000)
);
create index delivery_attempt_delivery_ix on delivery_attempt (delivery_id, id);
