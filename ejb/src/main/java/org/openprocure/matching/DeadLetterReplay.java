package org.openprocure.matching;

import java.util.List;

/**
 * The outcome of replaying the dead-letter queue.
 *
 * @param replayed the messages sent back to the match queue
 * @param skipped  the messages left on the dead-letter queue, because they name no invoice or came from another queue
 */
public record DeadLetterReplay(List<DeadLetter> replayed, List<DeadLetter> skipped) {
}
