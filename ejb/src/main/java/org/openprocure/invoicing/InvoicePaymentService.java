package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;

/**
 * Records the payments the ERP reports. A payment in full moves the invoice to 211 Paiement
 * transmis, which the supplier's view of the invoice shows. A partial payment is recorded and
 * leaves it at 205 until the rest is paid. The ERP's payment reference makes a repeated call harmless.
 */
@Stateless
@PermitAll
public class InvoicePaymentService {

    private static final Logger LOG = Logger.getLogger(InvoicePaymentService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    @RolesAllowed({"accounts-payable", "administrator"})
    public SupplierInvoice recordPayment(long invoiceId, PaymentDraft draft) {
        return record(invoicing.get(invoiceId), draft);
    }

    /** Records a payment of the invoice that the supplier with this code sent under this number. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public SupplierInvoice recordPayment(String supplierCode, String invoiceNumber, PaymentDraft draft) {
        String code = Inputs.requireText(supplierCode, "supplierCode", 64);
        String number = Inputs.requireText(invoiceNumber, "invoiceNumber", 1000);
        List<SupplierInvoice> found = entityManager.createQuery(
                        "select i from SupplierInvoice i where i.supplier.code = :code and i.number = :number order by i.id", SupplierInvoice.class)
                .setParameter("code", code)
                .setParameter("number", number)
                .setMaxResults(2)
                .getResultList();
        if (found.isEmpty()) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, code + " " + number);
        }
        if (found.size() > 1) {
            throw new InvalidInputException("error.payment.ambiguous", number, code);
        }
        return record(found.get(0), draft);
    }

    private SupplierInvoice record(SupplierInvoice invoice, PaymentDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        BigDecimal amount = amount(draft.amount());
        Inputs.requirePresent(draft.paidOn(), "paidOn");
        String reference = Inputs.requireText(draft.reference(), "reference", 255);
        Optional<InvoicePayment> earlier = find(invoice, reference);
        if (earlier.isPresent()) {
            return sameAgain(invoice, earlier.get(), amount, draft);
        }
        String actor = session.getCallerPrincipal().getName();

        invoice.recordPayment(amount, draft.paidOn());
        entityManager.persist(new InvoicePayment(invoice, amount, draft.paidOn(), reference, actor));
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "PAYMENT_RECORDED", actor,
                amount.toPlainString() + " " + invoice.getCurrency() + " on " + draft.paidOn() + ", reference " + reference);
        lifecycle.refresh(invoice, actor);

        LOG.info(() -> "Payment of " + amount.toPlainString() + " recorded on invoice " + invoice.getId() + ", "
                + invoice.amountDue().toPlainString() + " still due");
        return invoice;
    }

    private static BigDecimal amount(BigDecimal amount) {
        BigDecimal positive = Inputs.requirePositive(amount, "amount");
        if (positive.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("error.payment.cents", positive.toPlainString());
        }
        return positive.setScale(2, RoundingMode.UNNECESSARY);
    }

    private Optional<InvoicePayment> find(SupplierInvoice invoice, String reference) {
        return entityManager.createQuery("select p from InvoicePayment p where p.invoice = :invoice and p.reference = :reference",
                        InvoicePayment.class)
                .setParameter("invoice", invoice)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** Returns the invoice unchanged when the same payment is posted again, and rejects another payment under the same reference. */
    private static SupplierInvoice sameAgain(SupplierInvoice invoice, InvoicePayment earlier, BigDecimal amount, PaymentDraft draft) {
        if (earlier.getAmount().compareTo(amount) != 0 || !earlier.getPaidOn().equals(draft.paidOn())) {
            throw new DuplicateDocumentException("error.payment.referenceReused", earlier.getReference(), invoice.getNumber(),
                    earlier.getAmount().toPlainString(), earlier.getPaidOn().toString());
        }
        LOG.info(() -> "Payment " + earlier.getId() + " posted again on invoice " + invoice.getId() + "; nothing changed");
        return invoice;
    }

    /** Returns the payments recorded on the invoice, oldest first, to those who may see the invoice. */
    public List<InvoicePayment> paymentsOf(long invoiceId) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        return entityManager.createQuery("select p from InvoicePayment p where p.invoice = :invoice order by p.paidOn, p.id", InvoicePayment.class)
                .setParameter("invoice", invoice)
                .getResultList();
    }
}
