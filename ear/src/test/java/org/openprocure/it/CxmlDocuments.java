package org.openprocure.it;

import java.nio.charset.StandardCharsets;

/**
 * Builds cXML 1.2 requests as a supplier's order system posts them to the cXML endpoint, written
 * from the element lists of Fulfill.dtd 1.2.063, because no real ConfirmationRequest is published.
 */
final class CxmlDocuments {

    static final String DOMAIN = "NetworkID";
    static final String IDENTITY = "AN-SOPHIE-01";
    static final String SECRET = "s3cret-for-the-cxml-endpoint";

    private CxmlDocuments() {
    }

    /** Wraps a request element in the envelope, with this Sender identity and shared secret. */
    static byte[] envelope(String payloadId, String identity, String secret, String request) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.063/Fulfill.dtd">
                <cXML payloadID="%s" timestamp="2027-01-05T10:00:00+01:00" xml:lang="en-US">
                  <Header>
                    <From><Credential domain="%s"><Identity>%s</Identity></Credential></From>
                    <To><Credential domain="NetworkID"><Identity>OPENPROCURE</Identity></Credential></To>
                    <Sender><Credential domain="%s"><Identity>%s</Identity><SharedSecret>%s</SharedSecret></Credential>
                      <UserAgent>Supplier order system</UserAgent></Sender>
                  </Header>
                  <Request deploymentMode="production">
                %s
                  </Request>
                </cXML>
                """.formatted(payloadId, DOMAIN, identity, DOMAIN, identity, secret, request);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] envelope(String payloadId, String request) {
        return envelope(payloadId, IDENTITY, SECRET, request);
    }

    /** Builds a ConfirmationRequest of this header type for the order, with these ConfirmationItem elements. */
    static String confirmation(String type, String orderNumber, String items) {
        return """
                <ConfirmationRequest>
                  <ConfirmationHeader type="%s" noticeDate="2027-01-05T10:00:00+01:00" confirmID="CONF-1"/>
                  <OrderReference orderID="%s"><DocumentReference payloadID="po@openprocure"/></OrderReference>
                %s
                </ConfirmationRequest>""".formatted(type, orderNumber, items);
    }
}
