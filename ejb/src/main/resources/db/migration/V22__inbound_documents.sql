-- Order confirmations and shipping notices that suppliers send as cXML or UBL documents.

-- Every document received is kept once, with its bytes and their SHA-256, under its identity:
-- the cXML payloadID, or the UBL document type and ID, per supplier. The same identity sent
-- again with the same bytes returns the first result; with other bytes it is rejected.
create sequence inbound_document_seq start with 1 increment by 50;

create table inbound_document (
    id bigint primary key,
    syntax varchar(8) not null,
    document_type varchar(32) not null,
    identity_key varchar(1000) not null,
    supplier_id bigint not null references supplier (id),
    sender varchar(1000) not null,
    sha256 varchar(64) not null,
    content_type varchar(128) not null,
    content bytea not null,
    received_at timestamp with time zone not null,
    result_reference varchar(4000) not null
);

create unique index inbound_document_identity_uk on inbound_document (supplier_id, syntax, identity_key);

-- The credential a supplier's system puts in the Sender of the cXML it posts to the cXML endpoint.
-- The shared secret is kept only as a salted PBKDF2 hash.
create table supplier_cxml_credential (
    supplier_id bigint primary key references supplier (id),
    version bigint not null,
    domain varchar(64) not null,
    domain_key varchar(64) not null,
    identity varchar(255) not null,
    secret_salt varchar(64) not null,
    secret_hash varchar(128) not null,
    secret_iterations integer not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);

create unique index supplier_cxml_credential_identity_uk on supplier_cxml_credential (domain_key, identity);

-- The carrier and tracking number of a shipment, and the package each line travels in.
alter table shipping_notice add column carrier varchar(255);
alter table shipping_notice add column tracking_number varchar(255);
alter table shipping_notice_line add column package_id varchar(255);
