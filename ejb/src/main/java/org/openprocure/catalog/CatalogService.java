package org.openprocure.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;
import org.openprocure.supplier.SupplierService;

/** Adds items to the local catalog by hand and searches the items on offer, added by hand or imported. */
@Stateless
@PermitAll
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());
    /** Stands for "every supplier" in the search; sequence ids start at 1. */
    private static final long ANY_SUPPLIER = 0L;
    /** Whether the database is PostgreSQL, read once from the driver; null until then. */
    private static volatile Boolean postgresql;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private SupplierScope scope;

    @Resource
    private SessionContext session;

    @Resource(lookup = "java:jboss/datasources/OpenProcureDS")
    private DataSource dataSource;

    @RolesAllowed({"buyer", "administrator"})
    public CatalogItem add(long supplierId, String supplierPartNumber, String description,
                           BigDecimal unitPrice, String currency, BigDecimal priceBasisQuantity, String unitCode) {
        return add(supplierId, supplierPartNumber, description, unitPrice, currency, priceBasisQuantity, unitCode, null);
    }

    /** Adds an item in a purchase category, such as a UNSPSC commodity code, or in none when it is null. */
    @RolesAllowed({"buyer", "administrator"})
    public CatalogItem add(long supplierId, String supplierPartNumber, String description, BigDecimal unitPrice, String currency,
                           BigDecimal priceBasisQuantity, String unitCode, String category) {
        Supplier supplier = suppliers.get(supplierId);
        CatalogItem item = new CatalogItem(supplier, supplierPartNumber, description, unitPrice, currency, priceBasisQuantity, unitCode,
                category);
        if (findByPartNumber(supplierId, item.getSupplierPartNumber()) != null) {
            throw new InvalidInputException("error.catalog.duplicatePart", item.getSupplierPartNumber(), supplierId);
        }

        entityManager.persist(item);
        auditTrail.record(DocumentType.CATALOG_ITEM, item.getId(), "ADDED", session.getCallerPrincipal().getName());

        LOG.info(() -> "Catalog item " + item.getId() + " added for supplier " + supplierId);
        return item;
    }

    public CatalogItem get(long id) {
        CatalogItem item = entityManager.find(CatalogItem.class, id);
        if (item == null) {
            throw new DocumentNotFoundException(DocumentType.CATALOG_ITEM, id);
        }
        scope.requireVisible(DocumentType.CATALOG_ITEM, id, item.getSupplier());
        return item;
    }

    /**
     * Returns one page of items whose description or part number contains the text, any case; a
     * supplier user finds only their company's items.
     */
    public List<CatalogItem> search(String text, int page, int size) {
        return search(text, null, page, size);
    }

    /**
     * Returns one page of the items on offer that match the text and lie in the category or below it,
     * best match first. The text contains words of the description, a part number or its beginning, or
     * a category code. A supplier user finds only their company's items.
     */
    public List<CatalogItem> search(String text, String category, int page, int size) {
        long supplierId = scope.restriction().orElse(ANY_SUPPLIER);
        CatalogSearch.Criteria criteria = new CatalogSearch.Criteria(text, category, supplierId);
        CatalogSearch catalogSearch = new CatalogSearch(entityManager);
        return onPostgresql() ? catalogSearch.onPostgresql(criteria, page, size) : catalogSearch.withPlainMatching(criteria, page, size);
    }

    private boolean onPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database product name", e);
            }
            postgresql = known;
        }
        return known;
    }

    private CatalogItem findByPartNumber(long supplierId, String partNumber) {
        return entityManager.createQuery(
                        "select i from CatalogItem i where i.supplier.id = :supplierId and i.supplierPartNumber = :part and i.catalogVersion is null", CatalogItem.class)
                .setParameter("supplierId", supplierId)
                .setParameter("part", partNumber)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
