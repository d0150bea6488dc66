-- Returns and claims (retours SAV) on goods that a receipt accepted. Each return names the receipt
-- line the goods came in on, the order line, and the invoice line that billed them when one is
-- known, with the credit note or replacement expected for them. The order line counts the quantity
-- that returns not cancelled took back.

create sequence return_claim_seq start with 1 increment by 50;
create sequence return_claim_number_seq start with 1 increment by 1;

alter table purchase_order_line add column returned_quantity numeric(19, 6) default 0 not null;

create table return_claim (
    id bigint primary key,
    version bigint not null,
    number varchar(32) not null unique,
    purchase_order_id bigint not null references purchase_order (id),
    purchase_order_line_id bigint not null references purchase_order_line (id),
    goods_receipt_line_id bigint not null references goods_receipt_line (id),
    invoice_id bigint references supplier_invoice (id),
    invoice_line_id bigint references supplier_invoice_line (id),
    reason_code varchar(32) not null,
    claim_comment varchar(2000),
    quantity numeric(19, 6) not null,
    unit_code varchar(3) not null,
    remedy varchar(16) not null,
    expected_credit_amount numeric(19, 2),
    currency varchar(3) not null,
    settled_quantity numeric(19, 6) default 0 not null,
    status varchar(16) not null,
    created_by varchar(255) not null,
    created_at timestamp with time zone not null,
    settled_at timestamp with time zone,
    cancelled_by varchar(255),
    cancelled_at timestamp with time zone,
    cancellation_note varchar(2000)
);
create index return_claim_order_ix on return_claim (purchase_order_id);
create index return_claim_order_line_ix on return_claim (purchase_order_line_id, status);
create index return_claim_receipt_line_ix on return_claim (goods_receipt_line_id);
