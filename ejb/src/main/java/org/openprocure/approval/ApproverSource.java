package org.openprocure.approval;

/** The source of a step's approvers. */
public enum ApproverSource {
    /** The owners of the cost centres that the requisition's lines are charged to. */
    COST_CENTRE_OWNER,
    /** Users named in the rule. */
    USERS,
    /** The members of a group defined in the rule set, such as management control. */
    GROUP
}
