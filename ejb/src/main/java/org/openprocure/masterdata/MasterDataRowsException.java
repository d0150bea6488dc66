package org.openprocure.masterdata;

import java.util.List;

import org.openprocure.shared.InvalidInputException;

/** A CSV file with wrong rows; nothing of it was stored. The API lists every row error beside the summary. */
public class MasterDataRowsException extends InvalidInputException {

    private final transient List<MasterDataRowError> errors;

    MasterDataRowsException(List<MasterDataRowError> errors) {
        super("error.masterData.rows", errors.size(), errors.get(0).row(), errors.get(0).column(), errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<MasterDataRowError> errors() {
        return errors;
    }
}
