/**
 * Approval circuits: versioned rule sets that choose who approves a requisition, in which order,
 * and the approval steps and tasks that a submitted requisition follows.
 */
package org.openprocure.approval;
