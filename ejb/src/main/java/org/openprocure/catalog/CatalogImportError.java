package org.openprocure.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.catalog.imports.CatalogRowError;
import org.openprocure.shared.Messages;

/**
 * A stored error of a catalog import. It keeps the message key and its arguments, not a text, so
 * that each reader sees it in their own language.
 */
@Entity
@Table(name = "catalog_import_error")
public class CatalogImportError {

    /** Separates the stored message arguments; the unit separator does not occur in cell text people type. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_import_error_seq")
    @SequenceGenerator(name = "catalog_import_error_seq", sequenceName = "catalog_import_error_seq", allocationSize = 50)
    private Long id;

    @Column(name = "catalog_version_id", nullable = false)
    private long catalogVersionId;

    @Column(name = "row_number", nullable = false)
    private long rowNumber;

    @Column(name = "column_name")
    private String columnName;

    @Column(name = "cell_value")
    private String cellValue;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_arguments", nullable = false)
    private String messageArguments;

    protected CatalogImportError() {
    }

    public CatalogImportError(long catalogVersionId, CatalogRowError error) {
        this.catalogVersionId = catalogVersionId;
        this.rowNumber = error.rowNumber();
        this.columnName = clip(error.column(), 64);
        this.cellValue = clip(error.value(), 255);
        this.messageKey = error.messageKey();
        String joined = String.join(SEPARATOR, Arrays.stream(error.arguments()).map(String::valueOf).toList());
        this.messageArguments = clip(joined, 2000);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public String getColumnName() {
        return columnName;
    }

    public String getCellValue() {
        return cellValue;
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments());
    }

    /** Says how to correct the row or the file, in the given language. */
    public String fix(Locale locale) {
        return Messages.format(locale, messageKey + ".fix", arguments());
    }

    private Object[] arguments() {
        List<String> arguments = messageArguments.isEmpty() ? List.of() : List.of(messageArguments.split(SEPARATOR, -1));
        return arguments.toArray();
    }
}
