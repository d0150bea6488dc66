package org.openprocure.api;

import java.net.URI;
import java.util.List;

/**
 * The RFC 9457 problem body of a document kept as rejected (status 422): {@code instance} is the
 * URI of the kept invoice, and the extension members name it and the EN 16931 (or Peppol, or
 * French) rules that failed. The full report is at {@code instance}/validation.
 */
public record RejectedInvoiceProblem(String type, String title, int status, String detail, String fix, URI instance,
                                     long invoiceId, String lifecycleCode, List<String> failedRules) {
}
