package org.openprocure.web.requisition;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One of the requester's requisitions with the state of its approval (the open step and the
 * approvers it waits for) and the orders it issued.
 */
public record MyRequisitionRow(long id, String number, String title, String status, LocalDateTime createdAt, Integer stepPosition,
                               String stepRule, List<String> waitingFor, List<OrderLink> orders) implements Serializable {

    /** An order issued from the requisition. */
    public record OrderLink(long id, String number, String status) implements Serializable {
    }

    public String waitingForText() {
        return String.join(", ", waitingFor);
    }
}
