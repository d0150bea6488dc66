-- Punch-out: a requester fills a cart in a supplier's web shop (cXML or SAP OCI) and the cart comes
-- back as requisition lines. The lines keep what the supplier needs to recognise its items on the
-- order: the auxiliary part id verbatim, the long text and the classification domain.

alter table requisition_line add column supplier_part_auxiliary_id varchar(10000);
alter table requisition_line add column long_text varchar(100000);
alter table requisition_line add column classification_domain varchar(64);
alter table requisition_line add column punched_out boolean not null default false;

alter table purchase_order_line add column supplier_part_auxiliary_id varchar(10000);
alter table purchase_order_line add column long_text varchar(100000);
alter table purchase_order_line add column classification_domain varchar(64);

-- Settings of a supplier's punch-out shop. The shared secret and the OCI password are stored
-- encrypted with AES-GCM under a key kept outside the database.
create table supplier_punch_out (
    supplier_id bigint primary key references supplier (id),
    version bigint not null,
    protocol varchar(8) not null,
    url varchar(2000) not null,
    from_domain varchar(64),
    from_identity varchar(255),
    to_domain varchar(64),
    to_identity varchar(255),
    sender_domain varchar(64),
    sender_identity varchar(255),
    shared_secret_encrypted varchar(1000),
    oci_parameters varchar(10000),
    oci_password_encrypted varchar(1000),
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);

-- One visit to a supplier's shop. The one-time token in the return URL, not the HTTP session,
-- ties the returning cart to the requester.
create sequence punch_out_session_seq start with 1 increment by 50;

create table punch_out_session (
    id bigint primary key,
    version bigint not null,
    token varchar(64) not null unique,
    buyer_cookie varchar(64) not null,
    supplier_id bigint not null references supplier (id),
    requester varchar(255) not null,
    requisition_id bigint references purchase_requisition (id),
    cost_centre varchar(64) not null,
    operation varchar(8) not null,
    protocol varchar(8) not null,
    status varchar(8) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    cart_digest varchar(64),
    used_at timestamp with time zone
);
