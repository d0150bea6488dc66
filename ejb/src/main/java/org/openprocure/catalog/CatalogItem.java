package org.openprocure.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.Money;
import org.openprocure.supplier.Supplier;

/**
 * An item a supplier sells. The price is per {@code priceBasisQuantity} units of {@code unitCode}
 * (the price basis of cXML, OCI PRICEUNIT and EN 16931 BT-149). An item added by hand belongs to no
 * catalog version. An imported one belongs to the version of its file, so search offers it only
 * while that version is active and valid. Requisition and order lines keep their reference to an
 * item after its version is superseded.
 */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_item_seq")
    @SequenceGenerator(name = "catalog_item_seq", sequenceName = "catalog_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "supplier_part_number", nullable = false)
    private String supplierPartNumber;

    @Column(nullable = false)
    private String description;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private String currency;

    @Column(name = "price_basis_quantity", nullable = false)
    private BigDecimal priceBasisQuantity;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    /** The purchase category, a classification code such as a UNSPSC commodity, or null; order lines carry it to the match. */
    private String category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalog_version_id")
    private CatalogVersion catalogVersion;

    /** Days from order to delivery that the supplier states, or null. */
    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    protected CatalogItem() {
    }

    public CatalogItem(Supplier supplier, String supplierPartNumber, String description,
                       BigDecimal unitPrice, String currency, BigDecimal priceBasisQuantity, String unitCode) {
        this(supplier, supplierPartNumber, description, unitPrice, currency, priceBasisQuantity, unitCode, null);
    }

    public CatalogItem(Supplier supplier, String supplierPartNumber, String description, BigDecimal unitPrice, String currency,
                       BigDecimal priceBasisQuantity, String unitCode, String category) {
        this.supplier = supplier;
        this.supplierPartNumber = Inputs.requireText(supplierPartNumber, "supplierPartNumber", 128);
        this.description = Inputs.requireText(description, "description", 1000);
        this.unitPrice = Inputs.requireNotNegative(unitPrice, "unitPrice");
        this.currency = Inputs.requireCurrency(currency, "currency");
        this.priceBasisQuantity = priceBasisQuantity == null ? BigDecimal.ONE : Inputs.requirePositive(priceBasisQuantity, "priceBasisQuantity");
        this.unitCode = Inputs.requireUnitCode(unitCode, "unitCode");
        this.category = Inputs.optionalCode(category, "category");
    }

    /** Creates an item of an imported catalog version, from a row already checked. */
    public static CatalogItem imported(CatalogVersion catalogVersion, String supplierPartNumber, String description, BigDecimal unitPrice,
                                       String currency, BigDecimal priceBasisQuantity, String unitCode, String category,
                                       Integer leadTimeDays) {
        CatalogItem item = new CatalogItem(catalogVersion.getSupplier(), supplierPartNumber, description, unitPrice, currency,
                priceBasisQuantity, unitCode, category);
        item.catalogVersion = catalogVersion;
        item.leadTimeDays = leadTimeDays;
        return item;
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getSupplierPartNumber() {
        return supplierPartNumber;
    }

    public String getDescription() {
        return description;
    }

    public Money getPrice() {
        return new Money(unitPrice, currency);
    }

    public BigDecimal getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getCategory() {
        return category;
    }

    /** Returns the imported version the item belongs to, or null for an item added by hand. */
    public CatalogVersion getCatalogVersion() {
        return catalogVersion;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }
}
