package org.openprocure.masterdata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of master data the ERP sends, with the CSV columns of each; the first column is the key. */
public enum MasterDataKind {
    SUPPLIERS("suppliers", List.of("code", "name"), List.of("vatId", "countryCode", "contactEmail", "contactLanguage")),
    COST_CENTRES("cost-centres", List.of("code", "name", "owner"), List.of("active")),
    GL_ACCOUNTS("gl-accounts", List.of("code", "label"), List.of("active")),
    APPROVAL_LIMITS("approval-limits", List.of("username"), List.of("approvalLimit", "approvalCurrency"));

    private final String pathName;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;

    MasterDataKind(String pathName, List<String> requiredColumns, List<String> optionalColumns) {
        this.pathName = pathName;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    public String pathName() {
        return pathName;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public List<String> optionalColumns() {
        return optionalColumns;
    }

    public String keyColumn() {
        return requiredColumns.get(0);
    }

    public static Optional<MasterDataKind> ofPathName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.pathName.equals(name)).findFirst();
    }
}
