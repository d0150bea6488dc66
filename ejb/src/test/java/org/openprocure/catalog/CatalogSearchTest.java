package org.openprocure.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogSearchTest {

    @Test
    void wordsBecomePrefixTerms() {
        assertEquals("câbles:* & cuivre:*", CatalogSearch.prefixQuery("  câbles   cuivre "));
    }

    @Test
    void tsqueryOperatorsAreDropped() {
        assertEquals("a:* & b:* & c:*", CatalogSearch.prefixQuery("a & !b | (c:*)"));
        assertEquals("", CatalogSearch.prefixQuery("&|!()"));
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("50\\%\\_a\\\\b", CatalogSearch.escapeLike("50%_a\\b"));
    }

    @Test
    void parametersAreNumberedInOrder() {
        CatalogSearch.NativeSearch search = CatalogSearch.postgresqlQuery(new CatalogSearch.Criteria("Câble RJ45", "4320", 7), 2, 50);

        List<Object> parameters = search.parameters();
        for (int i = 1; i <= parameters.size(); i++) {
            assertTrue(search.sql().contains("?" + i), "?" + i + " in " + search.sql());
        }
        assertFalse(search.sql().contains("?" + (parameters.size() + 1)));
        assertEquals(50, parameters.get(parameters.size() - 2));
        assertEquals(100L, parameters.get(parameters.size() - 1));
        assertTrue(parameters.contains("câble rj45%"));
        assertTrue(parameters.contains("Câble:* & RJ45:*"));
        assertTrue(parameters.contains("4320%"));
        assertTrue(parameters.contains(7L));
    }

    @Test
    void searchWithoutTextListsInIdOrder() {
        CatalogSearch.NativeSearch search = CatalogSearch.postgresqlQuery(new CatalogSearch.Criteria(" ", null, 0), 0, 20);

        assertTrue(search.sql().endsWith("order by c.id limit ?1 offset ?2"), search.sql());
        assertEquals(List.of(20, 0L), search.parameters());
    }
}
