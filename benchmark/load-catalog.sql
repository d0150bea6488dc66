-- Loads :items catalog items (psql -v items=1000000) of 20 suppliers straight into the database,
-- after the application's Flyway migrations have run: each supplier has one ACTIVE catalog version
-- and an equal share of the items. Descriptions combine French nouns, in the singular or the
-- plural and with their accents, with adjectives and a model number, so searches for a word match
-- from about 1 % to 3 % of the items. Categories are 8-digit codes under 20 UNSPSC-like families.
-- Loading through the API would go through the import, whose speed the import benchmark measures.

\set ON_ERROR_STOP on

insert into supplier (id, version, name, vat_id, country_code, code)
select s, 0, 'Fournisseur de test ' || s, 'FRBENCH' || lpad(s::text, 6, '0'), 'FR', 'BENCH-' || s
from generate_series(1, 20) s;

insert into catalog_version (id, version, supplier_id, number, status, import_mode, format, charset, file_name, file_size,
                             percent_done, rows_read, rows_accepted, rows_refused, error_count, imported_by, started_at, finished_at)
select s, 0, s, 1, 'ACTIVE', 'REFUSE_WHOLE_FILE', 'CSV', 'UTF-8', 'bench.csv', 0, 100, :items / 20, :items / 20, 0, 0,
       'benchmark', now(), now()
from generate_series(1, 20) s;

with words as (
    select array['câble', 'câbles', 'gaine', 'gaines', 'boîte', 'boîtes', 'disjoncteur', 'disjoncteurs', 'ampoule', 'ampoules',
                 'prise', 'prises', 'interrupteur', 'interrupteurs', 'tournevis', 'clé', 'clés', 'écrou', 'écrous', 'rondelle',
                 'rondelles', 'étagère', 'étagères', 'chaise', 'chaises', 'bureau', 'bureaux', 'cartouche', 'cartouches',
                 'enveloppe', 'enveloppes', 'classeur', 'classeurs', 'stylo', 'stylos', 'agrafeuse', 'agrafes', 'projecteur',
                 'projecteurs', 'éclairage', 'réseau', 'réseaux', 'fusible', 'fusibles', 'tuyau', 'tuyaux', 'vanne', 'vannes',
                 'câblage', 'échelle', 'échelles', 'perceuse', 'perceuses', 'foret', 'forêts', 'marteau', 'marteaux',
                 'gant', 'gants', 'lunettes', 'casque', 'casques'] as nouns,
           array['électrique', 'électriques', 'souple', 'rigide', 'blindé', 'étanche', 'étanches', 'métallique', 'plastique',
                 'noir', 'blanc', 'rouge', 'bleu', 'vert', 'gris', 'inox', 'galvanisé', 'renforcé', 'léger', 'lourd',
                 'professionnel', 'économique', 'isolé', 'extérieur', 'intérieur', 'haute résistance', 'basse tension',
                 'à vis', 'sans fil', 'réglable'] as adjectives
)
insert into catalog_item (id, version, supplier_id, supplier_part_number, description, unit_price, currency, price_basis_quantity,
                          unit_code, category, catalog_version_id)
select i, 0, s, 'S' || s || '-' || lpad(i::text, 7, '0'),
       initcap(nouns[1 + (i * 7919) % array_length(nouns, 1)]) || ' ' || adjectives[1 + (i * 104729) % array_length(adjectives, 1)]
           || ' ' || adjectives[1 + (i / 13) % array_length(adjectives, 1)] || ', modèle ' || (i % 9973),
       round((1 + (i % 5000) / 7.0)::numeric, 2), 'EUR', 1, 'C62',
       (10 + (i % 20) * 2)::text || lpad(((i * 31) % 1000000)::text, 6, '0'), s
from words, generate_series(1::bigint, :items) i, lateral (select 1 + (i - 1) % 20 as s) supplier;

analyze supplier;
analyze catalog_version;
analyze catalog_item;

-- Keeps the application's sequences above the loaded ids.
select setval('supplier_seq', 1000), setval('catalog_version_seq', 1000), setval('catalog_item_seq', :items + 1000);
