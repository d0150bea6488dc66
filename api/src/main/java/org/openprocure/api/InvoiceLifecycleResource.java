package org.openprocure.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.invoicing.InvoiceLifecycleHistory;
import org.openprocure.invoicing.InvoiceLifecycleHistory.LifecycleChange;

/** Lists an invoice's French lifecycle statuses and returns each as a CDAR D22B message. */
@RequestScoped
@Transactional
@Path("invoices/{id}/lifecycle")
public class InvoiceLifecycleResource {

    @Inject
    private InvoiceLifecycleHistory history;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LifecycleChange> list(@PathParam("id") long invoiceId) {
        return history.changesOf(invoiceId);
    }

    @GET
    @Path("{sequence}/cdar")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public String cdar(@PathParam("id") long invoiceId, @PathParam("sequence") int sequence) {
        return history.cdar(invoiceId, sequence);
    }
}
