-- One invoice may cover several purchase orders: a line may name its own order, in place of the
-- document's order reference (BT-13).
alter table supplier_invoice_line add column order_reference varchar(1000);
create index supplier_invoice_line_order_reference_ix on supplier_invoice_line (order_reference);

-- Units convert only with a known factor. unit_factor is the number of order units in one unit of
-- the invoice line, found when the line is matched. It stays null while no factor is known.
alter table supplier_invoice_line add column unit_factor numeric(38, 12);
update supplier_invoice_line set unit_factor = 1 where order_line_id is not null;

-- An order line may name a second unit with its factor, say a box of 12 pieces.
alter table purchase_order_line add column alternative_unit_code varchar(3);
alter table purchase_order_line add column alternative_unit_factor numeric(19, 6);

-- Factors agreed with a supplier: one from_unit contains factor to_unit.
create table supplier_unit_conversion (
    id bigint primary key,
    supplier_id bigint not null references supplier (id),
    from_unit varchar(3) not null,
    to_unit varchar(3) not null,
    factor numeric(19, 6) not null,
    updated_by varchar(255) not null,
    updated_at timestamp with time zone not null,
    constraint supplier_unit_conversion_uk unique (supplier_id, from_unit, to_unit)
);
create sequence supplier_unit_conversion_seq start with 1 increment by 50;

-- Batches (lots) of shipped and received goods.
alter table shipping_notice_line add column batch varchar(64);
alter table goods_receipt_line add column batch varchar(64);

-- Each line result names its order, and the factor that converted its unit when there was one.
alter table match_line_result add column order_number varchar(1000);
alter table match_line_result add column unit_factor numeric(38, 12);
