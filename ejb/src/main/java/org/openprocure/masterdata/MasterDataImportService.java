package org.openprocure.masterdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.catalog.imports.Decimals;
import org.openprocure.costcentre.CostCentreDraft;
import org.openprocure.costcentre.CostCentreService;
import org.openprocure.ledger.GlAccountDraft;
import org.openprocure.ledger.GlAccountService;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.SupplierDraft;
import org.openprocure.supplier.SupplierService;
import org.openprocure.user.ApprovalLimitDraft;
import org.openprocure.user.UserAccountService;

/**
 * Upserts, by code, the master data the ERP sends. A JSON array goes to the capability's import,
 * which stops at the first bad entry. A CSV file is checked row by row first: when any cell is
 * wrong, every wrong cell is reported and nothing is stored. Either way the whole import is one
 * transaction, so a failure stores nothing.
 */
@Stateless
@RolesAllowed("administrator")
public class MasterDataImportService {

    private static final Logger LOG = Logger.getLogger(MasterDataImportService.class.getName());
    /** Errors listed for one file at most; a file with more is almost certainly of the wrong kind. */
    private static final int MAX_ERRORS = 100;

    @Inject
    private SupplierService suppliers;

    @Inject
    private CostCentreService costCentres;

    @Inject
    private GlAccountService glAccounts;

    @Inject
    private UserAccountService users;

    public ImportCounts importSuppliers(List<SupplierDraft> drafts) {
        SupplierService.UpsertCounts counts = suppliers.importFromErp(drafts);
        return new ImportCounts(MasterDataKind.SUPPLIERS.pathName(), drafts.size(), counts.created(), counts.updated());
    }

    public ImportCounts importCostCentres(List<CostCentreDraft> drafts) {
        Inputs.requireEntries(drafts, "costCentres");
        int created = (int) drafts.stream().filter(draft -> draft.code() != null && costCentres.find(draft.code().strip()).isEmpty()).count();
        costCentres.importFromErp(drafts);
        return new ImportCounts(MasterDataKind.COST_CENTRES.pathName(), drafts.size(), created, drafts.size() - created);
    }

    public ImportCounts importGlAccounts(List<GlAccountDraft> drafts) {
        GlAccountService.UpsertCounts counts = glAccounts.importFromErp(drafts);
        return new ImportCounts(MasterDataKind.GL_ACCOUNTS.pathName(), drafts.size(), counts.created(), counts.updated());
    }

    public ImportCounts importApprovalLimits(List<ApprovalLimitDraft> drafts) {
        UserAccountService.UpsertCounts counts = users.importApprovalLimits(drafts);
        return new ImportCounts(MasterDataKind.APPROVAL_LIMITS.pathName(), drafts.size(), counts.created(), counts.updated());
    }

    /** Checks every row of the CSV file, then upserts them all, or raises the list of wrong cells in the caller's language. */
    public ImportCounts importCsv(MasterDataKind kind, byte[] content, Locale locale) {
        List<MasterDataCsv.Row> rows = MasterDataCsv.read(content, kind);
        RowChecker checker = new RowChecker(locale);
        checker.requireUniqueKeys(rows, kind.keyColumn());
        ImportCounts counts = switch (kind) {
            case SUPPLIERS -> importSuppliers(checker.drafts(rows, this::supplier));
            case COST_CENTRES -> importCostCentres(checker.drafts(rows, this::costCentre));
            case GL_ACCOUNTS -> importGlAccounts(checker.drafts(rows, this::glAccount));
            case APPROVAL_LIMITS -> importApprovalLimits(checker.drafts(rows, this::approvalLimit));
        };
        LOG.info(() -> "CSV import of " + kind.pathName() + ": " + counts.received() + " row(s), " + counts.created() + " created, "
                + counts.updated() + " updated");
        return counts;
    }

    private SupplierDraft supplier(RowChecker.Cells cells) {
        return new SupplierDraft(
                cells.read("code", value -> Inputs.requireCode(value, "code")),
                cells.read("name", value -> Inputs.requireText(value, "name", 255)),
                cells.read("vatId", value -> Inputs.optionalText(value, "vatId", 64)),
                cells.read("countryCode", value -> Inputs.optionalCountry(value, "countryCode")),
                cells.read("contactEmail", value -> Inputs.optionalEmail(value, "contactEmail")),
                cells.read("contactLanguage", value -> {
                    Inputs.language(value, "contactLanguage");
                    return value.isBlank() ? null : value;
                }));
    }

    private CostCentreDraft costCentre(RowChecker.Cells cells) {
        return new CostCentreDraft(
                cells.read("code", value -> Inputs.requireText(value, "code", 64)),
                cells.read("name", value -> Inputs.requireText(value, "name", 255)),
                cells.read("owner", value -> Inputs.requireText(value, "owner", 255)),
                cells.read("active", value -> flag(value, "active")));
    }

    private GlAccountDraft glAccount(RowChecker.Cells cells) {
        return new GlAccountDraft(
                cells.read("code", value -> Inputs.requireCode(value, "code")),
                cells.read("label", value -> Inputs.requireText(value, "label", 255)),
                cells.read("active", value -> flag(value, "active")));
    }

    private ApprovalLimitDraft approvalLimit(RowChecker.Cells cells) {
        String username = cells.read("username", value -> Inputs.requireText(value, "username", 255));
        BigDecimal limit = cells.read("approvalLimit", value -> value.isBlank() ? null : approvalLimitAmount(value));
        String currency = limit == null ? null : cells.read("approvalCurrency", value -> Inputs.requireCurrency(value, "approvalCurrency"));
        return new ApprovalLimitDraft(username, limit, currency);
    }

    private static BigDecimal approvalLimitAmount(String value) {
        BigDecimal limit = Inputs.requireNotNegative(Decimals.parse(value, "approvalLimit"), "approvalLimit");
        if (limit.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("error.user.limitCents", "approvalLimit", limit.toPlainString());
        }
        return limit;
    }

    /** Reads true or false as spreadsheets write them; an empty cell means true. */
    static Boolean flag(String value, String column) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "oui", "1", "vrai" -> Boolean.TRUE;
            case "false", "no", "non", "0", "faux" -> Boolean.FALSE;
            default -> throw new InvalidInputException("error.masterData.flag", column, value);
        };
    }

    /** Collects the errors of every row, and raises them all at the end. */
    private static final class RowChecker {

        private final Locale locale;
        private final List<MasterDataRowError> errors = new ArrayList<>();

        RowChecker(Locale locale) {
            this.locale = locale;
        }

        /** The cells of one row, read through checks that record an error instead of stopping. */
        final class Cells {

            private final MasterDataCsv.Row row;

            Cells(MasterDataCsv.Row row) {
                this.row = row;
            }

            <T> T read(String column, Function<String, T> check) {
                String value = row.cell(column);
                try {
                    return check.apply(value);
                } catch (InvalidInputException e) {
                    add(row.number(), column, value, e);
                    return null;
                }
            }
        }

        void requireUniqueKeys(List<MasterDataCsv.Row> rows, String keyColumn) {
            Map<String, Long> firstRows = new HashMap<>();
            for (MasterDataCsv.Row row : rows) {
                String key = row.cell(keyColumn);
                Long first = key.isBlank() ? null : firstRows.putIfAbsent(key, row.number());
                if (first != null) {
                    add(row.number(), keyColumn, key, new InvalidInputException("error.masterData.repeatedKey", keyColumn, key, first));
                }
            }
        }

        <T> List<T> drafts(List<MasterDataCsv.Row> rows, Function<Cells, T> reader) {
            List<T> drafts = new ArrayList<>();
            for (MasterDataCsv.Row row : rows) {
                drafts.add(reader.apply(new Cells(row)));
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingLong(MasterDataRowError::row));
                throw new MasterDataRowsException(errors);
            }
            return drafts;
        }

        private void add(long row, String column, String value, InvalidInputException error) {
            errors.add(new MasterDataRowError(row, column, value, error.describe(locale), error.fix(locale)));
        }
    }
}
