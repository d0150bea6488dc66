package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.ubl.UblInvoiceWriter;
import org.openprocure.platform.Settings;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.purchasing.PurchaseOrderStatus;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;

/**
 * Lets a supplier user invoice one of their orders on the portal. The lines start from the order:
 * the quantity still to invoice and the agreed price. The supplier may change both. The invoice is
 * written as a UBL 2.1 document and received like one the supplier's software sent: validated
 * against EN 16931, stored with its original and matched.
 */
@Stateless
@PermitAll
public class InvoiceFromOrderService {

    private static final Logger LOG = Logger.getLogger(InvoiceFromOrderService.class.getName());

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private SupplierScope scope;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Returns the order's lines with the quantity still to invoice; another supplier's order is not found. */
    @RolesAllowed("supplier")
    public List<InvoiceableLine> invoiceableLines(long orderId) {
        return purchaseOrders.get(orderId).getLines().stream().map(InvoiceableLine::of).toList();
    }

    /** Writes the invoice of the order from the draft and receives it for the supplier user's company. */
    @RolesAllowed("supplier")
    public ReceivedInvoice create(long orderId, OrderInvoiceDraft draft) {
        Inputs.requirePresent(draft, "invoice");
        Supplier supplier = scope.callerSupplier().orElseThrow(() -> new InvalidInputException("error.invoice.noSupplierBinding"));
        PurchaseOrder order = purchaseOrders.get(orderId);
        if (order.getStatus() == PurchaseOrderStatus.CANCELLED || order.getStatus() == PurchaseOrderStatus.REJECTED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, order.getNumber(), order.getStatus(), "invoice");
        }
        if (supplier.getVatId() == null) {
            throw new InvalidInputException("error.invoiceFromOrder.noVatId", supplier.getName());
        }
        String actor = session.getCallerPrincipal().getName();

        byte[] document = UblInvoiceWriter.write(invoice(order, supplier, draft));
        ReceivedInvoice received = invoicing.receiveFrom(supplier, document, "application/xml", actor);
        if (!received.alreadyReceived()) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, received.invoice().getId(), "CREATED_FROM_ORDER", actor, order.getNumber());
        }

        LOG.info(() -> "Invoice " + received.invoice().getId() + " created on the portal from order " + order.getNumber()
                + ", status " + received.invoice().getStatus());
        return received;
    }

    private UblInvoiceWriter.Invoice invoice(PurchaseOrder order, Supplier supplier, OrderInvoiceDraft draft) {
        String number = Inputs.requireText(draft.number(), "number", 64);
        Inputs.requirePresent(draft.issueDate(), "issueDate");
        Map<String, InvoiceableLine> orderLines = order.getLines().stream()
                .map(InvoiceableLine::of)
                .collect(Collectors.toMap(InvoiceableLine::lineNumber, Function.identity()));
        List<UblInvoiceWriter.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OrderInvoiceDraft.Line entry : draft.lines() == null ? List.<OrderInvoiceDraft.Line>of() : draft.lines()) {
            InvoiceableLine line = orderLines.get(entry.orderLineNumber());
            if (line == null) {
                throw new InvalidInputException("error.order.unknownLine", entry.orderLineNumber(), order.getNumber());
            }
            if (!seen.add(line.lineNumber())) {
                throw new InvalidInputException("error.invoiceFromOrder.duplicateLine", line.lineNumber());
            }
            BigDecimal quantity = requireLineValue(entry.quantity(), line.lineNumber(), "quantity");
            BigDecimal price = requireLineValue(entry.unitPrice(), line.lineNumber(), "unitPrice");
            if (quantity.signum() == 0) {
                continue;
            }
            lines.add(new UblInvoiceWriter.Line(String.valueOf(lines.size() + 1), line.lineNumber(), line.supplierPartNumber(),
                    line.description(), quantity, line.unitCode(), price, line.priceBasisQuantity(), line.vatRate(),
                    line.netAmount(quantity, price)));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("error.invoiceFromOrder.noLines", order.getNumber());
        }
        String sellerCountry = supplier.getCountryCode() != null ? supplier.getCountryCode() : supplier.getVatId().substring(0, 2);
        return new UblInvoiceWriter.Invoice(number, draft.issueDate(), order.getCurrency(), order.getNumber(),
                new UblInvoiceWriter.Party(supplier.getName(), supplier.getVatId(), sellerCountry),
                new UblInvoiceWriter.Party(settings.companyName(), null, settings.companyCountry()), lines);
    }

    /** Returns a quantity or price of a line, which must be present and not negative; the error names the line and the field. */
    private static BigDecimal requireLineValue(BigDecimal value, String lineNumber, String field) {
        if (value == null) {
            throw new InvalidInputException("error.invoiceFromOrder.missing", lineNumber, field);
        }
        if (value.signum() < 0) {
            throw new InvalidInputException("error.invoiceFromOrder.negative", lineNumber, field, value.toPlainString());
        }
        return value;
    }
}
