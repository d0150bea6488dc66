package org.openprocure.approval;

import java.util.List;

/**
 * One step of a requisition's chain, with the rule that added it and the approvers it resolved to.
 * A fallback step went to the fallback group because the rule's own approvers were only the
 * requester or none at all.
 */
public record PlannedStep(int position, String rule, ApprovalMode mode, List<String> approvers, boolean fallback) {

    public PlannedStep {
        approvers = List.copyOf(approvers);
    }
}
