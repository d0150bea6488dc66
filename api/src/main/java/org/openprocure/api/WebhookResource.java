package org.openprocure.api;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.integration.WebhookAttempt;
import org.openprocure.integration.WebhookDelivery;
import org.openprocure.integration.WebhookService;
import org.openprocure.integration.WebhookSubscription;
import org.openprocure.integration.WebhookSubscriptionDraft;

/** Webhook subscriptions of the ERP and their delivery log, for administrators. The secret is never returned. */
@RequestScoped
@Transactional
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    private WebhookService webhooks;

    @Context
    private UriInfo uriInfo;

    public record SubscriptionView(long id, String url, List<String> eventTypes, boolean active, String createdBy, Instant createdAt) {

        static SubscriptionView of(WebhookSubscription subscription) {
            return new SubscriptionView(subscription.getId(), subscription.getUrl(), subscription.getEventTypes(), subscription.isActive(),
                    subscription.getCreatedBy(), subscription.getCreatedAt());
        }
    }

    public record AttemptView(int attemptNumber, Instant attemptedAt, Integer statusCode, String error, long durationMillis) {

        static AttemptView of(WebhookAttempt attempt) {
            return new AttemptView(attempt.getAttemptNumber(), attempt.getAttemptedAt(), attempt.getStatusCode(), attempt.getError(),
                    attempt.getDurationMillis());
        }
    }

    public record DeliveryView(long id, String eventId, String eventType, String status, int attemptCount, Integer lastStatusCode,
                               Instant nextAttemptAt, Instant deliveredAt, Instant createdAt, List<AttemptView> attempts) {

        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(delivery.getId(), delivery.getEvent().getEventId(), delivery.getEvent().getEventType(),
                    delivery.getStatus().name(), delivery.getAttemptCount(), delivery.getLastStatusCode(), delivery.getNextAttemptAt(),
                    delivery.getDeliveredAt(), delivery.getCreatedAt(), delivery.getAttempts().stream().map(AttemptView::of).toList());
        }
    }

    @POST
    public Response subscribe(WebhookSubscriptionDraft draft) {
        WebhookSubscription subscription = webhooks.subscribe(draft);
        return Created.at(uriInfo, WebhookResource.class, subscription.getId(), SubscriptionView.of(subscription));
    }

    @GET
    public List<SubscriptionView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return webhooks.list(paging.first(), paging.size()).stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") long id) {
        return SubscriptionView.of(webhooks.get(id));
    }

    /** Deactivates the subscription; its delivery log is kept. */
    @DELETE
    @Path("{id}")
    public SubscriptionView deactivate(@PathParam("id") long id) {
        return SubscriptionView.of(webhooks.deactivate(id));
    }

    /** Returns the subscription's deliveries, newest first, each with its attempts and status codes. */
    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return webhooks.deliveries(id, paging.first(), paging.size()).stream().map(DeliveryView::of).toList();
    }

    /** Sends a failed delivery again. */
    @POST
    @Path("{id}/deliveries/{deliveryId}/resend")
    public DeliveryView resend(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return DeliveryView.of(webhooks.resend(id, deliveryId));
    }
}
