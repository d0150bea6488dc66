package org.openprocure.web.requisition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.catalog.CatalogService;

/**
 * Backs the search half of /catalog.xhtml: one page of catalog items at a time, read from the
 * database without counting the matches. A full page offers a next one, which may turn out empty.
 */
@Named
@ViewScoped
public class CatalogSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private CatalogService catalog;

    private String query;
    private String category;
    private int page;
    private boolean more;
    private List<CatalogRow> results = List.of();
    /** The quantity typed in each result row, by catalog item id. */
    private final Map<Long, BigDecimal> quantities = new HashMap<>();

    public void search() {
        page = 0;
        read();
    }

    public void next() {
        if (more) {
            page++;
            read();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            read();
        }
    }

    private void read() {
        results = catalog.search(query, blankToNull(category), page, PAGE_SIZE).stream().map(CatalogRow::of).toList();
        more = results.size() == PAGE_SIZE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<CatalogRow> getResults() {
        return results;
    }

    public Map<Long, BigDecimal> getQuantities() {
        return quantities;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
