package org.openprocure.fulfilment.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.fulfilment.OrderConfirmation.Decision;
import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.shared.InvalidInputException;

class OrderResponseReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path UBL = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl");

    /** A Peppol BIS order response (T76) with this code and these OrderLine elements. */
    static byte[] orderResponse(String code, String lines) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ubl:OrderResponse xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>
                  <cbc:ID>OR-1</cbc:ID>
                  <cbc:IssueDate>2027-01-05</cbc:IssueDate>
                  <cbc:OrderResponseCode>%s</cbc:OrderResponseCode>
                  <cbc:Note>Réponse</cbc:Note>
                  <cac:OrderReference><cbc:ID>PO-000042</cbc:ID></cac:OrderReference>
                  %s
                </ubl:OrderResponse>""".formatted(code, lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sampleWithoutResponseCodeIsNamed() throws IOException {
        byte[] sample = Files.readAllBytes(UBL.resolve("orderresponse/UBL-OrderResponse-2.1-Example.xml"));

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OrderResponseReader.read(sample));

        assertEquals("The element OrderResponseCode is missing in OrderResponse.", error.getMessage());
    }

    @Test
    void sampleLineStatusIsNamed() throws IOException {
        String sample = Files.readString(UBL.resolve("orderresponse/UBL-OrderResponse-2.1-Example.xml"))
                .replace("<cbc:Note>", "<cbc:OrderResponseCode>CA</cbc:OrderResponseCode><cbc:Note>");

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> OrderResponseReader.read(sample.getBytes(StandardCharsets.UTF_8)));

        assertEquals("The LineStatusCode \"NoStatus\" of line 1 is not supported.", error.getMessage());
    }

    @Test
    void acceptedOrder() {
        OrderResponseReader.Read read = OrderResponseReader.read(orderResponse("AP", ""));

        assertEquals("OR-1", read.documentId());
        assertEquals("PO-000042", read.confirmation().orderNumber());
        assertEquals(Decision.ACCEPT, read.confirmation().decision());
    }

    @Test
    void rejectedOrderKeepsNote() {
        OrderResponseReader.Read read = OrderResponseReader.read(orderResponse("RE", ""));

        assertEquals(Decision.REJECT, read.confirmation().decision());
        assertEquals("Réponse", read.confirmation().note());
    }

    @Test
    void conditionalAcceptanceByLine() {
        OrderResponseReader.Read read = OrderResponseReader.read(orderResponse("CA", """
                <cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:LineStatusCode>5</cbc:LineStatusCode></cac:LineItem></cac:OrderLine>
                <cac:OrderLine><cac:LineItem><cbc:ID>2</cbc:ID><cbc:LineStatusCode>7</cbc:LineStatusCode></cac:LineItem></cac:OrderLine>
                <cac:OrderLine>
                  <cac:LineItem><cbc:ID>A</cbc:ID><cbc:LineStatusCode>3</cbc:LineStatusCode>
                    <cbc:Quantity unitCode="C62">8</cbc:Quantity>
                    <cac:Delivery><cac:PromisedDeliveryPeriod><cbc:StartDate>2027-02-10</cbc:StartDate></cac:PromisedDeliveryPeriod></cac:Delivery>
                    <cac:Price><cbc:PriceAmount currencyID="EUR">9.90</cbc:PriceAmount></cac:Price>
                  </cac:LineItem>
                  <cac:OrderLineReference><cbc:LineID>3</cbc:LineID></cac:OrderLineReference>
                </cac:OrderLine>"""));

        assertEquals(Decision.BY_LINE, read.confirmation().decision());
        assertEquals(new LineConfirmation("1", false, null, null, null), read.confirmation().lines().get(0));
        assertEquals(new LineConfirmation("2", true, null, null, null), read.confirmation().lines().get(1));
        assertEquals(new LineConfirmation("3", false, new BigDecimal("8"), LocalDate.of(2027, 2, 10), new BigDecimal("9.90")),
                read.confirmation().lines().get(2));
        assertEquals("EUR", read.confirmation().currency());
    }

    @Test
    void acknowledgementIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OrderResponseReader.read(orderResponse("AB", "")));

        assertEquals("The OrderResponseCode \"AB\" is not supported.", error.getMessage());
    }

    @Test
    void otherDocumentIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> OrderResponseReader.read("<Invoice/>".getBytes(StandardCharsets.UTF_8)));

        assertEquals("The root element is Invoice, not OrderResponse / OrderResponseSimple.", error.getMessage());
    }

    @Test
    void entityIsRejected() {
        byte[] hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE OrderResponse [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>
                <OrderResponse><ID>&x;</ID></OrderResponse>""".getBytes(StandardCharsets.UTF_8);

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OrderResponseReader.read(hostile));

        assertEquals("error.ubl.entity", error.messageKey());
    }

    /** Builds a UBL 2.1 OrderResponseSimple with this AcceptedIndicator and these extra elements after it. */
    static byte[] orderResponseSimple(String accepted, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OrderResponseSimple xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderResponseSimple-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
                  <cbc:ID>ORS-1</cbc:ID>
                  <cbc:IssueDate>2027-01-05</cbc:IssueDate>
                  <cbc:Note>Merci</cbc:Note>
                  <cbc:AcceptedIndicator>%s</cbc:AcceptedIndicator>
                  %s
                  <cac:OrderReference><cbc:ID>PO-000043</cbc:ID></cac:OrderReference>
                </OrderResponseSimple>""".formatted(accepted, extra).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void simpleAcceptedConfirmsAll() {
        OrderResponseReader.Read read = OrderResponseReader.read(orderResponseSimple("true", ""));

        assertEquals("ORS-1", read.documentId());
        assertEquals("PO-000043", read.confirmation().orderNumber());
        assertEquals(Decision.ACCEPT, read.confirmation().decision());
        assertEquals("Merci", read.confirmation().note());
    }

    @Test
    void simpleRejectedKeepsRejectionNote() {
        OrderResponseReader.Read read = OrderResponseReader.read(
                orderResponseSimple("false", "<cbc:RejectionNote>Article discontinued</cbc:RejectionNote>"));

        assertEquals(Decision.REJECT, read.confirmation().decision());
        assertEquals("Article discontinued", read.confirmation().note());
    }

    @Test
    void simpleRejectedWithoutNoteGetsReason() throws IOException {
        byte[] sample = Files.readAllBytes(UBL.resolve("orderresponsesimple/CENBII-RejectOrder-minimal.xml"));

        OrderResponseReader.Read read = OrderResponseReader.read(sample);

        assertEquals(Decision.REJECT, read.confirmation().decision());
        assertEquals("AEG012345", read.confirmation().orderNumber());
        assertEquals("OrderResponseSimple 66890-9-09 not accepted", read.confirmation().note());
    }

    @Test
    void simpleOtherIndicatorIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> OrderResponseReader.read(orderResponseSimple("yes", "")));

        assertEquals("The AcceptedIndicator \"yes\" is neither true nor false.", error.getMessage());
    }
}
