package org.openprocure.fulfilment;

import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.fulfilment.ubl.DespatchAdviceReader;
import org.openprocure.fulfilment.ubl.OrderResponseReader;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;

/**
 * Receives the UBL OrderResponse and DespatchAdvice documents that a supplier user posts through the
 * API. The sender is the supplier the user acts for, and a document's identity is its type and ID
 * for that supplier.
 */
@Stateless
@RolesAllowed("supplier")
public class UblFulfilmentService {

    private static final Logger LOG = Logger.getLogger(UblFulfilmentService.class.getName());

    @Inject
    private SupplierScope scope;

    @Inject
    private InboundDocuments documents;

    @Inject
    private FulfilmentService fulfilment;

    @Resource
    private SessionContext session;

    /** A document stored, or the one stored the first time when the same document arrives again. */
    public record Received(InboundDocument document, boolean repeat) {
    }

    public Received receiveOrderResponse(byte[] body, String contentType) {
        OrderResponseReader.Read read = OrderResponseReader.read(body);
        return receive(InboundDocumentType.ORDER_RESPONSE, read.documentId(), body, contentType,
                (supplier) -> fulfilment.confirm(supplier, read.confirmation(), actor()));
    }

    public Received receiveDespatchAdvice(byte[] body, String contentType) {
        DespatchAdviceReader.Read read = DespatchAdviceReader.read(body);
        return receive(InboundDocumentType.DESPATCH_ADVICE, read.documentId(), body, contentType,
                (supplier) -> fulfilment.ship(supplier, read.shipment(), actor()));
    }

    private Received receive(InboundDocumentType type, String documentId, byte[] body, String contentType, Function<Supplier, String> apply) {
        Supplier supplier = scope.callerSupplier().orElseThrow(() -> new InvalidInputException("error.inbound.noSupplier"));
        String identity = type + " " + documentId;
        Optional<InboundDocument> repeat = documents.findRepeat(supplier, DocumentSyntax.UBL, identity, body);
        if (repeat.isPresent()) {
            LOG.info(() -> "UBL " + identity + " of supplier " + supplier.getId() + " received again");
            return new Received(repeat.get(), true);
        }

        String result = apply.apply(supplier);
        InboundDocument document = documents.store(DocumentSyntax.UBL, type, identity, supplier, actor(),
                contentType == null ? "application/xml" : contentType, body, result);

        LOG.info(() -> "UBL " + identity + " of supplier " + supplier.getId() + " applied: " + result);
        return new Received(document, false);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
