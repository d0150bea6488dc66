-- Suppliers' catalogs imported from files (CSV, Excel .xlsx, cXML CIF 3.0). Each import creates a
-- catalog version of one supplier; its items stay invisible while it is IMPORTING, and one short
-- transaction makes it ACTIVE and the previous active version SUPERSEDED. Items added one by one
-- through the API belong to no version and stay visible as before.

create sequence catalog_version_seq start with 1 increment by 50;
create sequence catalog_import_error_seq start with 1 increment by 50;

create table catalog_version (
    id bigint primary key,
    version bigint not null,
    supplier_id bigint not null references supplier (id),
    number integer not null,
    status varchar(16) not null,
    import_mode varchar(24) not null,
    format varchar(8),
    charset varchar(32),
    file_name varchar(255),
    file_size bigint not null,
    percent_done integer not null,
    valid_from date,
    valid_to date,
    rows_read integer not null,
    rows_accepted integer not null,
    rows_refused integer not null,
    error_count integer not null,
    imported_by varchar(255) not null,
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    constraint catalog_version_number_uk unique (supplier_id, number)
);
create index catalog_version_status_ix on catalog_version (supplier_id, status);

create table catalog_import_error (
    id bigint primary key,
    catalog_version_id bigint not null references catalog_version (id),
    row_number bigint not null,
    column_name varchar(64),
    cell_value varchar(255),
    message_key varchar(128) not null,
    message_arguments varchar(2000) not null
);
create index catalog_import_error_version_ix on catalog_import_error (catalog_version_id, row_number);

-- A part number is unique among the manual items of a supplier (checked by the service) and within
-- one catalog version; the same part number returns in every new version of the catalog.
alter table catalog_item drop constraint catalog_item_part_uk;
alter table catalog_item add column catalog_version_id bigint references catalog_version (id);
alter table catalog_item add column lead_time_days integer;
create unique index catalog_item_version_part_uk on catalog_item (catalog_version_id, supplier_part_number);
create index catalog_item_supplier_part_ix on catalog_item (supplier_id, supplier_part_number);
create index catalog_item_category_ix on catalog_item (category);
