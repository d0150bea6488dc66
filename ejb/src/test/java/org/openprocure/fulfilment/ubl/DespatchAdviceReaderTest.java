package org.openprocure.fulfilment.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openprocure.fulfilment.ubl.OrderResponseReaderTest.UBL;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprocure.fulfilment.Shipment;
import org.openprocure.shared.InvalidInputException;

class DespatchAdviceReaderTest {

    @Test
    void sampleIsRead() throws IOException {
        DespatchAdviceReader.Read read = DespatchAdviceReader.read(
                Files.readAllBytes(UBL.resolve("despatchadvice/UBL-DespatchAdvice-2.0-Example.xml")));

        assertEquals("565899", read.documentId());
        assertEquals(LocalDate.of(2005, 6, 20), read.shipment().deliveryDate());
        assertEquals(1, read.shipment().lines().size());
        assertEquals(new Shipment.Line("AEG012345", "1", new BigDecimal("90"), "546378239", null), read.shipment().lines().get(0));
    }

    @Test
    void linesOfTwoOrdersWithCarrier() {
        DespatchAdviceReader.Read read = DespatchAdviceReader.read("""
                <DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:ID>DA-9</cbc:ID>
                  <cac:OrderReference><cbc:ID>PO-1</cbc:ID></cac:OrderReference>
                  <cac:Shipment><cbc:ID>1</cbc:ID>
                    <cac:Consignment><cbc:ID>C1</cbc:ID><cbc:CarrierAssignedID>TRK-1</cbc:CarrierAssignedID>
                      <cac:CarrierParty><cac:PartyName><cbc:Name>Geodis</cbc:Name></cac:PartyName></cac:CarrierParty></cac:Consignment>
                    <cac:Delivery><cac:EstimatedDeliveryPeriod><cbc:StartDate>2027-02-03</cbc:StartDate></cac:EstimatedDeliveryPeriod></cac:Delivery>
                  </cac:Shipment>
                  <cac:DespatchLine><cbc:ID>1</cbc:ID><cbc:DeliveredQuantity unitCode="C62">6</cbc:DeliveredQuantity>
                    <cbc:OutstandingQuantity unitCode="C62">4</cbc:OutstandingQuantity>
                    <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>
                    <cac:Item><cbc:Name>Papier</cbc:Name></cac:Item>
                    <cac:Shipment><cbc:ID>1</cbc:ID><cac:TransportHandlingUnit><cbc:ID>SSCC-1</cbc:ID></cac:TransportHandlingUnit></cac:Shipment>
                  </cac:DespatchLine>
                  <cac:DespatchLine><cbc:ID>2</cbc:ID><cbc:DeliveredQuantity unitCode="C62">0</cbc:DeliveredQuantity>
                    <cac:OrderLineReference><cbc:LineID>2</cbc:LineID></cac:OrderLineReference><cac:Item/></cac:DespatchLine>
                  <cac:DespatchLine><cbc:ID>3</cbc:ID><cbc:DeliveredQuantity unitCode="C62">2</cbc:DeliveredQuantity>
                    <cac:OrderLineReference><cbc:LineID>1</cbc:LineID><cac:OrderReference><cbc:ID>PO-2</cbc:ID></cac:OrderReference></cac:OrderLineReference>
                    <cac:Item/></cac:DespatchLine>
                </DespatchAdvice>""".getBytes(StandardCharsets.UTF_8));

        Shipment shipment = read.shipment();
        assertEquals("Geodis", shipment.carrier());
        assertEquals("TRK-1", shipment.trackingNumber());
        assertEquals(LocalDate.of(2027, 2, 3), shipment.deliveryDate());
        assertEquals(2, shipment.lines().size());
        assertEquals(new Shipment.Line("PO-1", "1", new BigDecimal("6"), null, "SSCC-1"), shipment.lines().get(0));
        assertEquals(new Shipment.Line("PO-2", "1", new BigDecimal("2"), null, null), shipment.lines().get(1));
    }

    @Test
    void missingDateIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> DespatchAdviceReader.read(
                "<DespatchAdvice><ID>1</ID><DespatchLine/></DespatchAdvice>".getBytes(StandardCharsets.UTF_8)));

        assertEquals("The DespatchAdvice gives no delivery date.", error.getMessage());
    }
}
