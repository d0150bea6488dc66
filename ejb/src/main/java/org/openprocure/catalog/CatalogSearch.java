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
 * case-insensitive substring, without stemming or accent folding. Both offer only items added by
 * hand and items of an active catalog version within its validity dates, and page in the database.
 */
final class CatalogSearch {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String VISIBLE = """
            (i.catalog_version_id is null or exists (select 1 from catalog_version v where v.id = i.catalog_version_id
             and v.status = 'ACTIVE' and (v.valid_from is null or v.valid_from <= current_date)
             and (v.valid_to is null or v.valid_to >= current_date)))""";

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
    record Criteria(String text, String category, long supplierId) {

        String strippedText() {
            return text == null ? "" : text.strip();
        }

        String strippedCategory() {
            return category == null ? "" : category.strip();
        }
    }

    List<CatalogItem> onPostgresql(Criteria criteria, int page, int size) {
        StringBuilder sql = new StringBuilder("select i.id from catalog_item i where ").append(VISIBLE);
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.supplierId() != 0) {
            sql.append(" and i.supplier_id = :supplierId");
            parameters.put("supplierId", criteria.supplierId());
        }
        if (!criteria.strippedCategory().isEmpty()) {
            sql.append(" and i.category like :categoryPrefix escape '\\'");
            parameters.put("categoryPrefix", escapeLike(criteria.strippedCategory()) + "%");
        }

        String text = criteria.strippedText();
        String words = prefixQuery(text);
        if (!text.isEmpty()) {
            sql.append(" and (lower(i.supplier_part_number) like :partPrefix escape '\\' or i.category = :text");
            parameters.put("partPrefix", escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
            parameters.put("text", text);
            if (!words.isEmpty()) {
                sql.append(" or i.search_vector @@ to_tsquery('french', openprocure_fold(:words))");
                parameters.put("words", words);
            }
            sql.append(")");
            sql.append(" order by (lower(i.supplier_part_number) = :lowerText) desc");
            parameters.put("lowerText", text.toLowerCase(Locale.ROOT));
            if (!words.isEmpty()) {
                sql.append(", ts_rank(i.search_vector, to_tsquery('french', openprocure_fold(:words))) desc");
            }
            sql.append(", i.description, i.id");
        } else {
            sql.append(" order by i.description, i.id");
        }
        sql.append(" limit :size offset :first");
        parameters.put("size", size);
        parameters.put("first", (long) page * size);

        Query query = entityManager.createNativeQuery(sql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return load(ids);
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

    List<CatalogItem> withPlainMatching(Criteria criteria, int page, int size) {
        String pattern = "%" + escapeLike(criteria.strippedText().toLowerCase(Locale.ROOT)) + "%";
        String categoryPattern = escapeLike(criteria.strippedCategory()) + "%";
        TypedQuery<CatalogItem> query = entityManager.createQuery("""
                        select i from CatalogItem i join fetch i.supplier left join i.catalogVersion v
                        where (lower(i.description) like :pattern escape '\\' or lower(i.supplierPartNumber) like :pattern escape '\\'
                               or lower(i.category) like :pattern escape '\\')
                        and (:category = '' or i.category like :categoryPattern escape '\\')
                        and (:supplierId = 0 or i.supplier.id = :supplierId)
                        and (v is null or (v.status = :active and (v.validFrom is null or v.validFrom <= current_date)
                             and (v.validTo is null or v.validTo >= current_date)))
                        order by i.description, i.id""", CatalogItem.class);
        return query.setParameter("pattern", pattern)
                .setParameter("category", criteria.strippedCategory())
                .setParameter("categoryPattern", categoryPattern)
                .setParameter("supplierId", criteria.supplierId())
                .setParameter("active", CatalogVersionStatus.ACTIVE)
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
