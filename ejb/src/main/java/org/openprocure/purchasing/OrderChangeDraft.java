package org.openprocure.purchasing;

import java.util.List;

import org.openprocure.shared.Inputs;

/**
 * A buyer's change to an issued order: changes to existing lines and new lines, with an optional
 * reason that approvers read. Stored as JSON on the pending change until it is decided.
 */
public record OrderChangeDraft(String reason, List<LineChange> lines, List<OrderLineDraft> newLines) {

    public OrderChangeDraft {
        reason = Inputs.optionalText(reason, "reason", 1000);
        lines = lines == null ? List.of() : List.copyOf(requireNoNull(lines, "lines"));
        newLines = newLines == null ? List.of() : List.copyOf(requireNoNull(newLines, "newLines"));
    }

    public boolean addsLines() {
        return !newLines.isEmpty();
    }

    private static <T> List<T> requireNoNull(List<T> entries, String field) {
        return entries.isEmpty() ? entries : Inputs.requireEntries(entries, field);
    }
}
