package org.openprocure.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

/**
 * Builds and runs a catalog search. On PostgreSQL, words match through full-text search with the
 * french configuration on accent-folded text (see the migration that creates
 * {@code openprocure_fold}), so "câble" finds "Câbles" and "cables"; each word also matches as a
 * prefix, so a word being typed finds its completions. On H2 the text matches as a plain
 * case-insensitive substring, without stemming or accent folding, and results come in description
 * order. Both offer only items added by hand and items of the supplier's catalog version in force
 * today, and page in the database.
 */
public final class CatalogSearch {

    /** The maximum number of matches of each kind that a text search ranks; pages beyond them are empty. */
    static final int CANDIDATES = 2000;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Whether the item is on offer today: added by hand, or of the supplier's version in force, which
     * is ACTIVE or SCHEDULED, has started, and has neither expired nor been superseded by a later one.
     */
    private static final String VISIBLE = """
            (c.catalog_version_id is null or exists (select 1 from catalog_version v where v.id = c.catalog_version_id
             and v.status in ('ACTIVE', 'SCHEDULED') and (v.valid_from is null or v.valid_from <= current_date)
             and (v.valid_to is null or v.valid_to >= current_date)
             and (v.superseded_from is null or v.superseded_from > current_date)))""";

    private final EntityManager entityManager;

    CatalogSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The search's filters, each ignored when blank or zero.
     *
     * @param text       words of the description, a supplier part number or its beginning, or a category code
     * @param category   a category code or its beginning, such as the UNSPSC segment 43 or the family 4321
     * @param supplierId the supplier whose items to search, or 0 for every supplier
     */
    public record Criteria(String text, String category, long supplierId) {

        String strippedText() {
            return text == null ? "" : text.strip();
        }

        String strippedCategory() {
            return category == null ? "" : category.strip();
        }
    }

    List<CatalogItem> onPostgresql(Criteria criteria, int page, int size) {
        NativeSearch search = postgresqlQuery(criteria, page, size);
        Query query = entityManager.createNativeQuery(search.sql(), Long.class);
        for (int i = 0; i < search.parameters().size(); i++) {
            query.setParameter(i + 1, search.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return load(ids);
    }

    /**
     * The SQL that returns one page of item ids, with ordinal parameters ?1, ?2 … in the order of
     * {@code parameters}. The catalog search benchmark runs this same SQL over JDBC.
     */
    public record NativeSearch(String sql, List<Object> parameters) {

        private NativeSearch append(String text, Object... values) {
            StringBuilder result = new StringBuilder(sql);
            String rest = text;
            List<Object> all = new ArrayList<>(parameters);
            for (Object value : values) {
                int mark = rest.indexOf('?');
                all.add(value);
                result.append(rest, 0, mark + 1).append(all.size());
                rest = rest.substring(mark + 1);
            }
            return new NativeSearch(result.append(rest).toString(), all);
        }
    }

    /**
     * Builds the PostgreSQL search; each {@code ?} in the appended text takes the next value. A text
     * search ranks at most {@value #CANDIDATES} word matches and as many part number or category
     * matches, because ranking every match of a common word (50,000 of 1 million items for "câble")
     * reads each of their rows and takes longer than the 200 ms that a search may take. A search
     * without text lists the items in the order they were added, which the primary key index gives
     * without sorting.
     */
    public static NativeSearch postgresqlQuery(Criteria criteria, int page, int size) {
        String text = criteria.strippedText();
        if (text.isEmpty()) {
            return filtered(new NativeSearch("select c.id from catalog_item c where " + VISIBLE, List.of()), criteria)
                    .append(" order by c.id limit ? offset ?", size, (long) page * size);
        }

        String lowerText = text.toLowerCase(Locale.ROOT);
        String words = prefixQuery(text);
        NativeSearch search = new NativeSearch("select i.id from catalog_item i where i.id in ((select c.id from catalog_item c where "
                + VISIBLE, List.of());
        search = filtered(search, criteria).append(" and (lower(c.supplier_part_number) like ? escape '\\' or c.category = ?) limit ?)",
                escapeLike(lowerText) + "%", text, CANDIDATES);
        if (!words.isEmpty()) {
            search = filtered(search.append(" union all (select c.id from catalog_item c where " + VISIBLE), criteria)
                    .append(" and c.search_vector @@ to_tsquery('french', openprocure_fold(?)) limit ?)", words, CANDIDATES);
        }
        search = search.append(") order by (lower(i.supplier_part_number) = ?) desc", lowerText);
        if (!words.isEmpty()) {
            search = search.append(", ts_rank(i.search_vector, to_tsquery('french', openprocure_fold(?))) desc", words);
        }
        return search.append(", i.description, i.id limit ? offset ?", size, (long) page * size);
    }

    private static NativeSearch filtered(NativeSearch search, Criteria criteria) {
        NativeSearch result = search;
        if (criteria.supplierId() != 0) {
            result = result.append(" and c.supplier_id = ?", criteria.supplierId());
        }
        if (!criteria.strippedCategory().isEmpty()) {
            result = result.append(" and c.category like ? escape '\\'", escapeLike(criteria.strippedCategory()) + "%");
        }
        return result;
    }

    /** Loads the items with their supplier, in the order of the ids. */
    private List<CatalogItem> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CatalogItem> items = new ArrayList<>(entityManager.createQuery(
                        "select i from CatalogItem i join fetch i.supplier where i.id in :ids", CatalogItem.class)
                .setParameter("ids", ids)
                .getResultList());
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        items.sort(Comparator.comparing(item -> position.get(item.getId())));
        return items;
    }

    // NOTE: the integration tests run on PostgreSQL, so this H2 query of the demo runs in no test.
    List<CatalogItem> withPlainMatching(Criteria criteria, int page, int size) {
        String pattern = "%" + escapeLike(criteria.strippedText().toLowerCase(Locale.ROOT)) + "%";
        String categoryPattern = escapeLike(criteria.strippedCategory()) + "%";
        TypedQuery<CatalogItem> query = entityManager.createQuery("""
                        select i from CatalogItem i join fetch i.supplier left join i.catalogVersion v
                        where (lower(i.description) like :pattern escape '\\' or lower(i.supplierPartNumber) like :pattern escape '\\'
                               or lower(i.category) like :pattern escape '\\')
                        and (:category = '' or i.category like :categoryPattern escape '\\')
                        and (:supplierId = 0 or i.supplier.id = :supplierId)
                        and (v is null or (v.status in :current and (v.validFrom is null or v.validFrom <= current_date)
                             and (v.validTo is null or v.validTo >= current_date)
                             and (v.supersededFrom is null or v.supersededFrom > current_date)))
                        order by i.description, i.id""", CatalogItem.class);
        return query.setParameter("pattern", pattern)
                .setParameter("category", criteria.strippedCategory())
                .setParameter("categoryPattern", categoryPattern)
                .setParameter("supplierId", criteria.supplierId())
                .setParameter("current", List.of(CatalogVersionStatus.ACTIVE, CatalogVersionStatus.SCHEDULED))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Turns the text into a tsquery of its words, each a prefix, all required: "câbles cuivre" gives
     * "câbles:* &amp; cuivre:*". Only letters and digits remain, so the text cannot inject tsquery operators.
     */
    static String prefixQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text)) {
            if (!word.isEmpty()) {
                words.add(word + ":*");
            }
        }
        return String.join(" & ", words);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
