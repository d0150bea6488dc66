package org.openprocure.api;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.openprocure.punchout.PunchOutSettings;
import org.openprocure.punchout.PunchOutSettingsDraft;
import org.openprocure.punchout.PunchOutSettingsService;

/** A supplier's punch-out settings, for administrators. GET never returns a secret, only whether one is set. */
@RequestScoped
@Transactional
@Path("suppliers/{id}/punch-out")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PunchOutSettingsResource {

    @Inject
    private PunchOutSettingsService punchOutSettings;

    public record SettingsView(long supplierId, String protocol, String url, String fromDomain, String fromIdentity, String toDomain,
                               String toIdentity, String senderDomain, String senderIdentity, boolean sharedSecretSet,
                               Map<String, String> ociParameters, boolean ociPasswordSet, String updatedBy, Instant updatedAt) {

        static SettingsView of(PunchOutSettings settings) {
            return new SettingsView(settings.getSupplierId(), settings.getProtocol().name(), settings.getUrl(), settings.getFromDomain(),
                    settings.getFromIdentity(), settings.getToDomain(), settings.getToIdentity(), settings.getSenderDomain(),
                    settings.getSenderIdentity(), settings.isSharedSecretSet(), settings.getOciParameters(), settings.isOciPasswordSet(),
                    settings.getUpdatedBy(), settings.getUpdatedAt());
        }
    }

    @PUT
    public SettingsView save(@PathParam("id") long supplierId, PunchOutSettingsDraft draft) {
        return SettingsView.of(punchOutSettings.save(supplierId, draft));
    }

    @GET
    public SettingsView get(@PathParam("id") long supplierId) {
        return SettingsView.of(punchOutSettings.get(supplierId));
    }

    @DELETE
    public Response delete(@PathParam("id") long supplierId) {
        punchOutSettings.delete(supplierId);
        return Response.noContent().build();
    }
}
