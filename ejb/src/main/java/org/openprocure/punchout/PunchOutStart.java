package org.openprocure.punchout;

import java.util.Map;

/**
 * The browser's next step to start a punch-out: the cXML start page to redirect to, or the OCI
 * catalog URL with the form fields to post there.
 *
 * @param formFields the OCI fields, including the catalog's password: written only into the page that posts them
 */
public record PunchOutStart(long sessionId, String token, String returnUrl, PunchOutProtocol protocol, String startPageUrl,
                            String catalogUrl, Map<String, String> formFields) {
}
