package org.openprocure.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.openprocure.purchasing.PurchaseOrderCancelled;
import org.openprocure.purchasing.PurchaseOrderIssued;
import org.openprocure.purchasing.PurchaseOrderRevised;
import org.openprocure.receiving.GoodsReceiptPosted;

/**
 * Queues a delivery to the supplier once the transaction that issued, changed or cancelled an order,
 * or posted a goods receipt, has committed. After a rollback nothing is queued. This is a plain CDI
 * bean, not an EJB, so that no container transaction starts while the committed one is still completing.
 */
// NOTE: a server that stops between the commit and the queueing loses that delivery, and nothing reports it.
@ApplicationScoped
public class OutboundDispatcher {

    @Inject
    private OutboundDeliveryService deliveries;

    void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderIssued issued) {
        deliveries.queueOrder(issued.orderId(), DeliveryPurpose.NEW);
    }

    void onRevised(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderRevised revised) {
        deliveries.queueOrder(revised.orderId(), DeliveryPurpose.UPDATE);
    }

    void onCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseOrderCancelled cancelled) {
        deliveries.queueOrder(cancelled.orderId(), DeliveryPurpose.DELETE);
    }

    void onReceiptPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) GoodsReceiptPosted posted) {
        deliveries.queueReceipt(posted.receiptId());
    }
}
