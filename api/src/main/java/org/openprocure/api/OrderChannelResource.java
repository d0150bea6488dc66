package org.openprocure.api;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.outbound.OrderChannelDraft;
import org.openprocure.outbound.OrderChannelService;
import org.openprocure.outbound.SupplierOrderChannel;
import org.openprocure.shared.InvalidInputException;

/** Reads and sets the channel a supplier receives its purchase orders on. The shared secret is never returned. */
@RequestScoped
@Transactional
@Path("suppliers/{id}/order-channel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderChannelResource {

    @Inject
    private OrderChannelService channels;

    public record OrderChannelView(long supplierId, String channel, String endpointUrl, String fromDomain, String fromIdentity,
                                   String toDomain, String toIdentity, String senderDomain, String senderIdentity, boolean sharedSecretSet,
                                   String updatedBy, Instant updatedAt) {

        static OrderChannelView of(SupplierOrderChannel channel) {
            return new OrderChannelView(channel.getSupplierId(), channel.getChannel().name(), channel.getEndpointUrl(), channel.getFromDomain(),
                    channel.getFromIdentity(), channel.getToDomain(), channel.getToIdentity(), channel.getSenderDomain(),
                    channel.getSenderIdentity(), channel.isSharedSecretSet(), channel.getUpdatedBy(), channel.getUpdatedAt());
        }
    }

    @GET
    public OrderChannelView get(@PathParam("id") long supplierId) {
        return OrderChannelView.of(channels.get(supplierId));
    }

    @PUT
    public OrderChannelView set(@PathParam("id") long supplierId, OrderChannelDraft request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return OrderChannelView.of(channels.set(supplierId, request));
    }
}
