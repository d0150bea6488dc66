-- Tax differences are reported apart from the match outcome: each line result keeps the VAT rates
-- of the invoice line and of the order line, and whether they differ by more than the tolerance.

alter table match_line_result add column invoice_vat_rate numeric(38, 12);
alter table match_line_result add column order_vat_rate numeric(9, 4);
alter table match_line_result add column vat_rate_differs boolean default false not null;
