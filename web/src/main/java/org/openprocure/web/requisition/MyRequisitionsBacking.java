package org.openprocure.web.requisition;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.approval.ApprovalStep;
import org.openprocure.approval.ApprovalStepStatus;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /requisitions.xhtml: the signed-in requester's own requisitions, newest first, one page at a time. */
@Named
@ViewScoped
public class MyRequisitionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Inject
    private PurchaseOrderService purchaseOrders;

    private final LazyDataModel<MyRequisitionRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(requisitions.countMine());
        }

        @Override
        public List<MyRequisitionRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return page(first, pageSize);
        }

        @Override
        public String getRowKey(MyRequisitionRow row) {
            return Long.toString(row.id());
        }
    };

    /** Reads one page with the open approval step of each requisition, and the orders of all of them in one query. */
    private List<MyRequisitionRow> page(int first, int size) {
        List<PurchaseRequisition> found = requisitions.listMine(first, size);
        Map<Long, List<MyRequisitionRow.OrderLink>> orders = purchaseOrders.issuedFromAny(found.stream().map(PurchaseRequisition::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(PurchaseOrder::getRequisitionId,
                        Collectors.mapping(order -> new MyRequisitionRow.OrderLink(order.getId(), order.getNumber(), order.getStatus().name()),
                                Collectors.toList())));
        return found.stream().map(requisition -> row(requisition, orders.getOrDefault(requisition.getId(), List.of()))).toList();
    }

    private MyRequisitionRow row(PurchaseRequisition requisition, List<MyRequisitionRow.OrderLink> orders) {
        Optional<ApprovalStep> open = approvalCircuits.stepsOf(requisition.getId()).stream()
                .filter(step -> step.getStatus() == ApprovalStepStatus.OPEN)
                .findFirst();
        return new MyRequisitionRow(requisition.getId(), requisition.getNumber(), requisition.getTitle(), requisition.getStatus().name(),
                LocalDateTime.ofInstant(requisition.getCreatedAt(), ZoneId.systemDefault()),
                open.map(ApprovalStep::getPosition).orElse(null), open.map(ApprovalStep::getRuleName).orElse(null),
                open.isPresent() ? List.copyOf(approvalCircuits.holders(requisition.getId())) : List.of(), List.copyOf(orders));
    }

    public LazyDataModel<MyRequisitionRow> getRows() {
        return rows;
    }
}
