package org.openprocure.api;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.matching.DeadLetter;
import org.openprocure.matching.DeadLetterReplay;
import org.openprocure.matching.DeadLetterService;

/** The match requests parked on the dead-letter queue, for administrators to replay or discard. */
@RequestScoped
@Transactional
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Written in place of the invoice id of a message that carries none. */
    static final String MISSING = "missing";

    @Inject
    private DeadLetterService deadLetters;

    /** One parked message; {@code invoiceId} is a number, or "missing" for a message that cannot be replayed. */
    public record DeadLetterView(String messageId, Object invoiceId, boolean replayable, String originalQueue, Instant sentAt) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.messageId(), letter.invoiceId() == null ? MISSING : letter.invoiceId(), letter.replayable(),
                    letter.originalQueue(), letter.sentAt());
        }
    }

    public record ReplayView(List<DeadLetterView> replayed, List<DeadLetterView> skipped) {

        static ReplayView of(DeadLetterReplay replay) {
            return new ReplayView(replay.replayed().stream().map(DeadLetterView::of).toList(),
                    replay.skipped().stream().map(DeadLetterView::of).toList());
        }
    }

    @GET
    public List<DeadLetterView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return deadLetters.list(paging.first(), paging.size()).stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("{messageId}/replay")
    public DeadLetterView replay(@PathParam("messageId") String messageId) {
        return DeadLetterView.of(deadLetters.replay(messageId));
    }

    @POST
    @Path("replay")
    public ReplayView replayAll() {
        return ReplayView.of(deadLetters.replayAll());
    }

    @DELETE
    @Path("{messageId}")
    public DeadLetterView discard(@PathParam("messageId") String messageId) {
        return DeadLetterView.of(deadLetters.discard(messageId));
    }
}
