package org.openprocure.web.punchout;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.punchout.PunchOutService;
import org.openprocure.supplier.Supplier;

/** Backs /punch-out.xhtml and the catalog page: the suppliers whose shop a requester can fill a new requisition from. */
@Named
@RequestScoped
public class PunchOutShopsBacking {

    @Inject
    private PunchOutService punchOut;

    private List<Supplier> suppliers;

    public List<Supplier> getSuppliers() {
        if (suppliers == null) {
            suppliers = punchOut.suppliersWithPunchOut();
        }
        return suppliers;
    }
}
