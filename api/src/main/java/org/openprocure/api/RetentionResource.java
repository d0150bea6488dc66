package org.openprocure.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.invoicing.OriginalRetentionService;

/** Runs the retention purge of original files at once, as the daily timer does; administrators only. */
@RequestScoped
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    private OriginalRetentionService retention;

    public record PurgeResult(int contentsDeleted) {
    }

    @POST
    @Path("purge")
    public PurgeResult purge() {
        return new PurgeResult(retention.purgeExpired(LocalDate.now(ZoneOffset.UTC)));
    }
}
