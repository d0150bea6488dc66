package org.openprocure.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.costcentre.CostCentreDraft;
import org.openprocure.ledger.GlAccountDraft;
import org.openprocure.masterdata.ImportCounts;
import org.openprocure.masterdata.MasterDataImportService;
import org.openprocure.masterdata.MasterDataKind;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.SupplierDraft;
import org.openprocure.user.ApprovalLimitDraft;

/**
 * Master data from the ERP, upserted by code: a JSON array, or a CSV file (UTF-8, semicolons or
 * commas). Each call stores everything it received or nothing, and returns the counts.
 */
@RequestScoped
@Transactional
@Path("master-data")
@Produces(MediaType.APPLICATION_JSON)
public class MasterDataResource {

    @Inject
    private MasterDataImportService imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("suppliers")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportCounts suppliers(List<SupplierDraft> drafts) {
        return imports.importSuppliers(drafts);
    }

    @POST
    @Path("cost-centres")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportCounts costCentres(List<CostCentreDraft> drafts) {
        return imports.importCostCentres(drafts);
    }

    @POST
    @Path("gl-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportCounts glAccounts(List<GlAccountDraft> drafts) {
        return imports.importGlAccounts(drafts);
    }

    @POST
    @Path("approval-limits")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportCounts approvalLimits(List<ApprovalLimitDraft> drafts) {
        return imports.importApprovalLimits(drafts);
    }

    /** Imports a CSV file of one kind: suppliers, cost-centres, gl-accounts or approval-limits. */
    @POST
    @Path("{kind}/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportCounts csv(@PathParam("kind") String kind, byte[] content) {
        MasterDataKind checked = MasterDataKind.ofPathName(kind)
                .orElseThrow(() -> new InvalidInputException("error.masterData.kind", kind));
        return imports.importCsv(checked, content, Languages.of(headers));
    }
}
