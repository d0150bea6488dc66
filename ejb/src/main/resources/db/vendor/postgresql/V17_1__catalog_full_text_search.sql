-- Full-text search of the catalog on PostgreSQL only; H2 (the demo) matches plain text instead.
-- DatabaseMigration adds the location db/vendor/postgresql only when the database is PostgreSQL.
--
-- Accents are folded by an immutable translate() function rather than the unaccent extension,
-- because CREATE EXTENSION needs rights that the application's database user may lack. The
-- french text search configuration then stems the folded words, so "câbles", "Cables" and
-- "câble" all become the lexeme "cabl".

create function openprocure_fold(value text) returns text
    language sql immutable strict parallel safe
as $$
    select replace(replace(lower(translate(value,
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
        'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY')), 'œ', 'oe'), 'æ', 'ae')
$$;

alter table catalog_item add column search_vector tsvector
    generated always as (to_tsvector('french'::regconfig, openprocure_fold(description))) stored;

create index catalog_item_search_ix on catalog_item using gin (search_vector);
create index catalog_item_part_prefix_ix on catalog_item (lower(supplier_part_number) text_pattern_ops);
create index catalog_item_category_prefix_ix on catalog_item (category text_pattern_ops);
