package org.openprocure.fulfilment;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.fulfilment.cxml.ConfirmationRequestReader;
import org.openprocure.fulfilment.cxml.CxmlRequest;
import org.openprocure.fulfilment.cxml.ShipNoticeRequestReader;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.validation.RuleFailure;
import org.openprocure.invoicing.validation.RuleSeverity;
import org.openprocure.invoicing.validation.ValidationReports;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;

/**
 * Handles one cXML request in one transaction: checks the Sender credential, recognises a repeat
 * by payloadID, applies the document and stores it. Any error rolls back everything, so a refused
 * document leaves nothing behind. An invoice that fails EN 16931 validation is not an error: it is
 * kept as rejected, and the cXML Response states it.
 */
@Stateless
@PermitAll
public class CxmlDocumentProcessor {

    private static final Logger LOG = Logger.getLogger(CxmlDocumentProcessor.class.getName());
    private static final String CONTENT_TYPE = "text/xml";
    private static final int MAX_ACTOR_LENGTH = 255;
    private static final int MAX_REFERENCE_LENGTH = 4000;

    @Inject
    private CxmlCredentialService credentials;

    @Inject
    private InboundDocuments documents;

    @Inject
    private FulfilmentService fulfilment;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private ValidationReports validationReports;

    /** The reference of what the document changed, and whether it was already received before. */
    public record Outcome(String resultReference, boolean repeat) {
    }

    public Outcome process(CxmlRequest request, byte[] received) {
        Supplier supplier = credentials.authenticate(request.senderDomain(), request.senderIdentity(), request.sharedSecret())
                .orElseThrow(CxmlUnauthorizedException::new);
        if (!"production".equals(request.deploymentMode())) {
            throw new InvalidInputException("error.cxml.deploymentMode", request.deploymentMode());
        }
        InboundDocumentType type = switch (request.type()) {
            case "ConfirmationRequest" -> InboundDocumentType.CONFIRMATION_REQUEST;
            case "ShipNoticeRequest" -> InboundDocumentType.SHIP_NOTICE_REQUEST;
            case "InvoiceDetailRequest" -> InboundDocumentType.INVOICE_DETAIL_REQUEST;
            default -> throw new InvalidInputException("error.cxml.requestType", request.type());
        };

        byte[] body = SharedSecrets.redact(received);
        Optional<InboundDocument> repeat = documents.findRepeat(supplier, DocumentSyntax.CXML, request.payloadId(), body);
        if (repeat.isPresent()) {
            LOG.info(() -> "cXML " + request.type() + " " + request.payloadId() + " of supplier " + supplier.getId() + " received again");
            return new Outcome(repeat.get().getResultReference(), true);
        }

        String actor = actor(request);
        String result = switch (type) {
            case CONFIRMATION_REQUEST -> fulfilment.confirm(supplier, ConfirmationRequestReader.read(request.body()), actor);
            case SHIP_NOTICE_REQUEST -> fulfilment.ship(supplier, ShipNoticeRequestReader.read(request.body()), actor);
            case INVOICE_DETAIL_REQUEST -> describe(invoicing.receiveFrom(supplier, body, CONTENT_TYPE, actor).invoice());
            default -> throw new IllegalStateException("No handler for " + type);
        };
        documents.store(DocumentSyntax.CXML, type, request.payloadId(), supplier, request.sender(), CONTENT_TYPE, body, result);
        LOG.info(() -> "cXML " + request.type() + " " + request.payloadId() + " of supplier " + supplier.getId() + " applied: " + result);
        return new Outcome(result, false);
    }

    /** Returns who the audit trail names: the Sender credential, cut to the 255 characters of the actor columns. */
    private static String actor(CxmlRequest request) {
        String actor = "cXML " + request.sender();
        return actor.length() <= MAX_ACTOR_LENGTH ? actor : actor.substring(0, MAX_ACTOR_LENGTH);
    }

    /** Returns the invoice's id, number and status, and the failed rules when it was kept as rejected. */
    private String describe(SupplierInvoice invoice) {
        String reference = "invoice " + invoice.getId() + " (" + invoice.getNumber() + "), status " + invoice.getStatus();
        if (invoice.isRejected()) {
            List<String> failedRules = validationReports.find(invoice.getId())
                    .map(report -> report.getFailures().stream()
                            .filter(failure -> failure.severity() == RuleSeverity.FATAL)
                            .map(RuleFailure::ruleId)
                            .distinct()
                            .toList())
                    .orElse(List.of());
            reference += ", lifecycle 213, failed rules " + String.join(", ", failedRules);
        }
        return reference.length() <= MAX_REFERENCE_LENGTH ? reference : reference.substring(0, MAX_REFERENCE_LENGTH);
    }
}
