package org.openprocure.fulfilment.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openprocure.fulfilment.cxml.CxmlEnvelopeReaderTest.bytes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.fulfilment.OrderConfirmation;
import org.openprocure.fulfilment.OrderConfirmation.Decision;
import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.shared.InvalidInputException;

/** ConfirmationRequest documents written from the element list of Fulfill.dtd 1.2.063; no real sample is published. */
class ConfirmationRequestReaderTest {

    private static OrderConfirmation read(String type, String items) {
        return ConfirmationRequestReader.read(CxmlEnvelopeReader.read(bytes("""
                <cXML payloadID="1@x"><Header/><Request><ConfirmationRequest>
                <ConfirmationHeader type="%s" noticeDate="2027-01-05T10:00:00+01:00"><Comments>Voir lignes</Comments></ConfirmationHeader>
                <OrderReference orderID="PO-000042"><DocumentReference payloadID="po@buyer"/></OrderReference>
                %s
                </ConfirmationRequest></Request></cXML>""".formatted(type, items))).body());
    }

    @Test
    void acceptAnswersWholeOrder() {
        OrderConfirmation confirmation = read("accept", "");

        assertEquals("PO-000042", confirmation.orderNumber());
        assertEquals(Decision.ACCEPT, confirmation.decision());
        assertEquals("Voir lignes", confirmation.note());
    }

    @Test
    void rejectKeepsComments() {
        OrderConfirmation confirmation = read("reject", "");

        assertEquals(Decision.REJECT, confirmation.decision());
        assertEquals("Voir lignes", confirmation.note());
    }

    @Test
    void detailWithAcceptAndRejectConfirmsAccepted() {
        OrderConfirmation confirmation = read("detail", """
                <ConfirmationItem lineNumber="1" quantity="5"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="accept" quantity="3" deliveryDate="2027-02-01T09:00:00+01:00"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                  <ConfirmationStatus type="reject" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure><Comments>Out of stock</Comments></ConfirmationStatus>
                </ConfirmationItem>""");

        assertEquals(Decision.BY_LINE, confirmation.decision());
        assertEquals(new LineConfirmation("1", false, new BigDecimal("3"), LocalDate.of(2027, 2, 1), null), confirmation.lines().get(0));
    }

    @Test
    void detailWithChangedPriceKeepsPriceAndCurrency() {
        OrderConfirmation confirmation = read("detail", """
                <ConfirmationItem lineNumber="2" quantity="10"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="detail" quantity="10"><UnitOfMeasure>EA</UnitOfMeasure>
                    <UnitPrice><Money currency="EUR">4.50</Money></UnitPrice></ConfirmationStatus>
                </ConfirmationItem>""");

        assertEquals(new BigDecimal("4.50"), confirmation.lines().get(0).unitPrice());
        assertEquals("EUR", confirmation.currency());
    }

    @Test
    void backorderedCountsAsConfirmedAtLatestDate() {
        OrderConfirmation confirmation = read("detail", """
                <ConfirmationItem lineNumber="1" quantity="10"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="accept" quantity="5" deliveryDate="2027-02-01"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                  <ConfirmationStatus type="backordered" quantity="5" deliveryDate="2027-03-15T00:00:00+01:00"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                </ConfirmationItem>""");

        assertEquals(new BigDecimal("10"), confirmation.lines().get(0).quantity());
        assertEquals(LocalDate.of(2027, 3, 15), confirmation.lines().get(0).deliveryDate());
    }

    @Test
    void allRejectedLineIsRejected() {
        OrderConfirmation confirmation = read("detail", """
                <ConfirmationItem lineNumber="3" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="reject" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                </ConfirmationItem>""");

        assertEquals(true, confirmation.lines().get(0).rejected());
    }

    @Test
    void exceptKeepsItsDecision() {
        OrderConfirmation confirmation = read("except", """
                <ConfirmationItem lineNumber="3" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="reject" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                </ConfirmationItem>""");

        assertEquals(Decision.EXCEPT, confirmation.decision());
        assertEquals(1, confirmation.lines().size());
    }

    @Test
    void quantitiesMustAddUp() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> read("detail", """
                <ConfirmationItem lineNumber="1" quantity="5"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="accept" quantity="3"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                </ConfirmationItem>"""));

        assertEquals("The ConfirmationStatus quantities of line 1 add up to 3, not to the ConfirmationItem quantity 5.", error.getMessage());
    }

    @Test
    void unknownStatusTypeIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> read("detail", """
                <ConfirmationItem lineNumber="1" quantity="5"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="unknown" quantity="5"><UnitOfMeasure>EA</UnitOfMeasure></ConfirmationStatus>
                </ConfirmationItem>"""));

        assertEquals("The ConfirmationStatus type \"unknown\" of line 1 is not supported.", error.getMessage());
    }

    @Test
    void detailWithoutItemsIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> read("detail", ""));

        assertEquals("The element ConfirmationItem is missing in ConfirmationRequest.", error.getMessage());
    }

    @Test
    void unsupportedHeaderTypeIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> read("requestToPay", ""));

        assertEquals("error.cxml.confirmationType", error.messageKey());
    }

    @Test
    void twoPricesOnOneLineAreRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> read("detail", """
                <ConfirmationItem lineNumber="1" quantity="2"><UnitOfMeasure>EA</UnitOfMeasure>
                  <ConfirmationStatus type="detail" quantity="1"><UnitOfMeasure>EA</UnitOfMeasure><UnitPrice><Money currency="EUR">1</Money></UnitPrice></ConfirmationStatus>
                  <ConfirmationStatus type="detail" quantity="1"><UnitOfMeasure>EA</UnitOfMeasure><UnitPrice><Money currency="EUR">2</Money></UnitPrice></ConfirmationStatus>
                </ConfirmationItem>"""));

        assertEquals("error.cxml.twoPrices", error.messageKey());
    }
}
