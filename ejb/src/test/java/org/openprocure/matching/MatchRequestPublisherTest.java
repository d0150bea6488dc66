package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MatchRequestPublisherTest {

    @Test
    void requestsOfOneOrderShareAGroup() {
        assertEquals(MatchRequestPublisher.group("PO-000042", 7), MatchRequestPublisher.group("PO-000042", 8));
        assertNotEquals(MatchRequestPublisher.group("PO-000042", 7), MatchRequestPublisher.group("PO-000043", 7));
    }

    @Test
    void invoiceWithoutOrderIsAGroupOfItsOwn() {
        assertEquals("invoice:7", MatchRequestPublisher.group(null, 7));
        assertNotEquals(MatchRequestPublisher.group(null, 7), MatchRequestPublisher.group(null, 8));
    }
}
