-- Match tolerances agreed with one supplier, which replace the company's defaults (the system
-- properties openprocure.match.*) for that supplier's invoices.

create table supplier_match_tolerance (
    supplier_id bigint primary key references supplier (id),
    version bigint not null,
    quantity_percent numeric(9, 4) not null,
    price_percent numeric(9, 4) not null,
    price_amount numeric(19, 6) not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null
);
