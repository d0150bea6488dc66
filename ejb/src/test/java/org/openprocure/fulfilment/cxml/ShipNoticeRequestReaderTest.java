package org.openprocure.fulfilment.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openprocure.fulfilment.cxml.CxmlEnvelopeReaderTest.SHIP_NOTICE_SAMPLE;
import static org.openprocure.fulfilment.cxml.CxmlEnvelopeReaderTest.bytes;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.fulfilment.Shipment;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

class ShipNoticeRequestReaderTest {

    private static XmlElement request(String body) {
        return CxmlEnvelopeReader.read(bytes("<cXML payloadID=\"1@x\"><Header/><Request>" + body + "</Request></cXML>")).body();
    }

    @Test
    void sampleWithoutItemsNamesItsOrder() throws IOException {
        XmlElement sample = CxmlEnvelopeReader.read(Files.readAllBytes(SHIP_NOTICE_SAMPLE)).body();

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ShipNoticeRequestReader.read(sample));

        assertEquals("The ShipNoticePortion of order DO1234 lists no ShipNoticeItem.", error.getMessage());
    }

    @Test
    void sampleHeaderAndControlAreRead() throws IOException {
        String sample = Files.readString(SHIP_NOTICE_SAMPLE).replace("</OrderReference>",
                "</OrderReference><ShipNoticeItem lineNumber=\"1\" quantity=\"2\"><UnitOfMeasure>EA</UnitOfMeasure></ShipNoticeItem>");

        Shipment shipment = ShipNoticeRequestReader.read(CxmlEnvelopeReader.read(bytes(sample)).body());

        assertEquals("S2-123", shipment.number());
        assertEquals(LocalDate.of(2000, 10, 18), shipment.deliveryDate());
        assertEquals("Federal Express", shipment.carrier());
        assertEquals("8202 8261 1194", shipment.trackingNumber());
        assertEquals(1, shipment.lines().size());
        assertEquals("DO1234", shipment.lines().get(0).orderNumber());
    }

    @Test
    void twoOrdersWithBatchAndPackage() {
        Shipment shipment = ShipNoticeRequestReader.read(request("""
                <ShipNoticeRequest>
                  <ShipNoticeHeader shipmentID="ASN-7" noticeDate="2027-01-10T10:00:00+01:00" shipmentDate="2027-01-10T08:00:00+01:00"/>
                  <ShipControl><CarrierIdentifier domain="SCAC">UPSN</CarrierIdentifier><ShipmentIdentifier>1Z999</ShipmentIdentifier></ShipControl>
                  <ShipNoticePortion><OrderReference orderID="PO-1"/>
                    <ShipNoticeItem lineNumber="1" quantity="4"><UnitOfMeasure>EA</UnitOfMeasure>
                      <Packaging><PackagingCode>BX</PackagingCode><ShippingContainerSerialCode>003401234567890123</ShippingContainerSerialCode></Packaging>
                      <Batch><SupplierBatchID>LOT-42</SupplierBatchID></Batch></ShipNoticeItem>
                  </ShipNoticePortion>
                  <ShipNoticePortion><OrderReference orderID="PO-2"/>
                    <ShipNoticeItem lineNumber="3" quantity="1.5"><UnitOfMeasure>KGM</UnitOfMeasure></ShipNoticeItem>
                  </ShipNoticePortion>
                </ShipNoticeRequest>"""));

        assertEquals(LocalDate.of(2027, 1, 10), shipment.deliveryDate());
        assertEquals("UPSN", shipment.carrier());
        assertEquals("1Z999", shipment.trackingNumber());
        assertEquals(new Shipment.Line("PO-1", "1", new BigDecimal("4"), "LOT-42", "003401234567890123"), shipment.lines().get(0));
        assertEquals(new Shipment.Line("PO-2", "3", new BigDecimal("1.5"), null, null), shipment.lines().get(1));
    }

    @Test
    void missingDatesAreNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ShipNoticeRequestReader.read(request(
                "<ShipNoticeRequest><ShipNoticeHeader shipmentID=\"A\"/></ShipNoticeRequest>")));

        assertEquals("error.cxml.shipNoticeDate", error.messageKey());
    }

    @Test
    void deleteOperationIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ShipNoticeRequestReader.read(request(
                "<ShipNoticeRequest><ShipNoticeHeader shipmentID=\"A\" operation=\"delete\" deliveryDate=\"2027-01-01\"/></ShipNoticeRequest>")));

        assertEquals("error.cxml.shipNoticeOperation", error.messageKey());
    }

    @Test
    void badQuantityIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> ShipNoticeRequestReader.read(request("""
                <ShipNoticeRequest><ShipNoticeHeader shipmentID="A" deliveryDate="2027-01-01"/>
                <ShipNoticePortion><OrderReference orderID="PO-1"/><ShipNoticeItem lineNumber="2" quantity="4,5"/></ShipNoticePortion>
                </ShipNoticeRequest>""")));

        assertEquals("The attribute quantity of ShipNoticeItem lineNumber=\"2\" is \"4,5\", which is not a number.", error.getMessage());
    }
}
