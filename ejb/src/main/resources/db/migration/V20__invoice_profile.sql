-- The profile a CII invoice declares (BT-24), and whether it is one without lines (Factur-X
-- MINIMUM or BASIC WL), which a person reviews against its order instead of a line-by-line match.
alter table supplier_invoice add column profile varchar(255);
alter table supplier_invoice add column header_only boolean not null default false;
