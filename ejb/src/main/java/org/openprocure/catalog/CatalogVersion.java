package org.openprocure.catalog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.catalog.imports.CatalogFormat;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;

/**
 * One imported edition of a supplier's catalog. It is IMPORTING while its rows are read and its
 * items, invisible to search, are written in chunks. {@link #complete} then makes it ACTIVE, or
 * SCHEDULED when its {@code validFrom} lies ahead, and in the same transaction every earlier
 * version of the supplier {@link #endBefore ends} on the day the new one starts. So at most one
 * version is in force per supplier and day. A version that is refused keeps its error report and
 * no items.
 *
 * <p>The stored status is the one of the last change, and {@link #getStatus()} derives today's
 * from the dates: a SCHEDULED version is ACTIVE from its {@code validFrom}, and an ACTIVE one is
 * SUPERSEDED from its {@code supersededFrom}, with no job running on those days.
 */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion {

    /** The number of errors stored per version; {@code errorCount} keeps counting beyond it. */
    public static final int MAX_STORED_ERRORS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_version_seq")
    @SequenceGenerator(name = "catalog_version_seq", sequenceName = "catalog_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    /** Counts the supplier's versions from 1. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogVersionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode", nullable = false)
    private CatalogImportMode mode;

    @Enumerated(EnumType.STRING)
    private CatalogFormat format;

    /** The character set the file was read in, detected or declared; null for .xlsx, which is always Unicode. */
    private String charset;

    @Column(name = "file_name")
    private String fileName;

    /** In bytes. */
    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    /** First day on which the items are offered, or null for "from activation". */
    @Column(name = "valid_from")
    private LocalDate validFrom;

    /** Last day on which the items are offered, or null for "until the next version". */
    @Column(name = "valid_to")
    private LocalDate validTo;

    /** First day on which a later version is offered in place of this one, or null while none is planned. */
    @Column(name = "superseded_from")
    private LocalDate supersededFrom;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private int rowsAccepted;

    @Column(name = "rows_refused", nullable = false)
    private int rowsRefused;

    /** Errors found, including those beyond {@link #MAX_STORED_ERRORS} that were not stored. */
    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CatalogVersion() {
    }

    public CatalogVersion(Supplier supplier, int number, CatalogImportMode mode, String fileName, long fileSize,
                          LocalDate validFrom, LocalDate validTo, String importedBy) {
        this.supplier = supplier;
        this.number = number;
        this.mode = mode;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.importedBy = importedBy;
        this.status = CatalogVersionStatus.IMPORTING;
        this.startedAt = Instant.now();
    }

    /** Records what the reader found out about the file before its first row. */
    public void identify(CatalogFormat format, String charset) {
        this.format = format;
        this.charset = charset;
    }

    /** Adds the counts of one chunk of rows. */
    public void progress(int read, int accepted, int refused, int errors, int percent) {
        requireImporting("progress");
        rowsRead += read;
        rowsAccepted += accepted;
        rowsRefused += refused;
        errorCount += errors;
        percentDone = Math.max(percentDone, percent);
    }

    /** Returns whether another error may be stored, given the errors already counted. */
    public boolean storesMoreErrors() {
        return errorCount < MAX_STORED_ERRORS;
    }

    /** Returns whether the import must end REFUSED rather than ACTIVE, given its mode and the rows seen so far. */
    public boolean mustBeRefused() {
        return rowsAccepted == 0 || (mode == CatalogImportMode.REFUSE_WHOLE_FILE && (rowsRefused > 0 || errorCount > 0));
    }

    /**
     * Ends a successful import: the version is ACTIVE when it starts on {@code today} or earlier,
     * SCHEDULED when its {@code validFrom} lies ahead.
     */
    public void complete(LocalDate today) {
        requireImporting("complete");
        status = startsOn(today).isAfter(today) ? CatalogVersionStatus.SCHEDULED : CatalogVersionStatus.ACTIVE;
        percentDone = 100;
        finishedAt = Instant.now();
    }

    /** Returns the first day on which the version is offered, seen from {@code today}: its validFrom, or today when that is past or unset. */
    public LocalDate startsOn(LocalDate today) {
        return validFrom == null || validFrom.isBefore(today) ? today : validFrom;
    }

    /**
     * Ends this ACTIVE or SCHEDULED version because a later import starts on {@code start}. A
     * version that would start on that day or after is never offered, and becomes SUPERSEDED at
     * once, as does one replaced from {@code today}. Otherwise it stays on offer until the day
     * before {@code start}.
     */
    public void endBefore(LocalDate start, LocalDate today) {
        if (status != CatalogVersionStatus.ACTIVE && status != CatalogVersionStatus.SCHEDULED) {
            throw new TransitionNotAllowedException(DocumentType.CATALOG_VERSION, String.valueOf(id), status, "supersede");
        }
        if (supersededFrom == null || start.isBefore(supersededFrom)) {
            supersededFrom = start;
        }
        if (!startsOn(today).isBefore(start) || !start.isAfter(today)) {
            status = CatalogVersionStatus.SUPERSEDED;
        }
    }

    public void refuse() {
        requireImporting("refuse");
        status = CatalogVersionStatus.REFUSED;
        finishedAt = Instant.now();
    }

    private void requireImporting(String action) {
        if (status != CatalogVersionStatus.IMPORTING) {
            throw new TransitionNotAllowedException(DocumentType.CATALOG_VERSION, String.valueOf(id), status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public int getNumber() {
        return number;
    }

    /** Returns the status on today's date in the server's time zone; see {@link #statusOn}. */
    public CatalogVersionStatus getStatus() {
        return statusOn(LocalDate.now());
    }

    /**
     * Returns the status on {@code day}: a stored ACTIVE or SCHEDULED version is SUPERSEDED from
     * its {@code supersededFrom}, SCHEDULED before its {@code validFrom}, and ACTIVE otherwise, even
     * after its {@code validTo}. The other statuses are final.
     */
    public CatalogVersionStatus statusOn(LocalDate day) {
        if (status != CatalogVersionStatus.ACTIVE && status != CatalogVersionStatus.SCHEDULED) {
            return status;
        }
        if (supersededFrom != null && !day.isBefore(supersededFrom)) {
            return CatalogVersionStatus.SUPERSEDED;
        }
        if (validFrom != null && day.isBefore(validFrom)) {
            return CatalogVersionStatus.SCHEDULED;
        }
        return CatalogVersionStatus.ACTIVE;
    }

    public CatalogImportMode getMode() {
        return mode;
    }

    public CatalogFormat getFormat() {
        return format;
    }

    public String getCharset() {
        return charset;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getSupersededFrom() {
        return supersededFrom;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsAccepted() {
        return rowsAccepted;
    }

    public int getRowsRefused() {
        return rowsRefused;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
