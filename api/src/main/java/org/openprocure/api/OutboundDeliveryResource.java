package org.openprocure.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.outbound.DeliveryAttempt;
import org.openprocure.outbound.OutboundDelivery;
import org.openprocure.outbound.OutboundDeliveryService;

/** Lists an order's deliveries to its supplier with every attempt, and sends one again. */
@RequestScoped
@Transactional
@Path("purchase-orders/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboundDeliveryResource {

    @Inject
    private OutboundDeliveryService deliveries;

    public record AttemptView(Instant attemptedAt, long durationMillis, Integer httpStatus, boolean succeeded, String error) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.getAttemptedAt(), attempt.getDurationMillis(), attempt.getHttpStatus(), attempt.isSucceeded(),
                    attempt.getError());
        }
    }

    public record DeliveryView(long id, String documentType, long documentId, String channel, String purpose, int orderRevision,
                               String format, String target, String status, int attempts, Instant nextAttemptAt, String lastError,
                               Instant createdAt, Instant deliveredAt, List<AttemptView> attemptLog) {

        static DeliveryView of(OutboundDelivery delivery, List<DeliveryAttempt> attempts) {
            return new DeliveryView(delivery.getId(), delivery.getDocumentType().name(), delivery.getDocumentId(), delivery.getChannel().name(),
                    delivery.getPurpose().name(), delivery.getOrderRevision(), delivery.getFormat(), delivery.getTarget(),
                    delivery.getStatus().name(), delivery.getAttempts(), delivery.getNextAttemptAt(), delivery.getLastError(),
                    delivery.getCreatedAt(), delivery.getDeliveredAt(), attempts.stream().map(AttemptView::of).toList());
        }
    }

    @GET
    public List<DeliveryView> list(@PathParam("id") long orderId) {
        List<OutboundDelivery> found = deliveries.deliveriesOf(orderId);
        Map<Long, List<DeliveryAttempt>> attempts = deliveries.attemptsOf(found.stream().map(OutboundDelivery::getId).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::getDeliveryId));
        return found.stream().map(delivery -> DeliveryView.of(delivery, attempts.getOrDefault(delivery.getId(), List.of()))).toList();
    }

    @POST
    @Path("{deliveryId}/resend")
    public DeliveryView resend(@PathParam("id") long orderId, @PathParam("deliveryId") long deliveryId) {
        OutboundDelivery delivery = deliveries.resend(orderId, deliveryId);
        return DeliveryView.of(delivery, deliveries.attemptsOf(List.of(delivery.getId())));
    }
}
