package org.openprocure.punchout.cxml;

import java.util.Optional;

/** Reads the Status and the StartPage URL of a cXML PunchOutSetupResponse. */
public final class PunchOutSetupResponseReader {

    private PunchOutSetupResponseReader() {
    }

    /**
     * The outcome of a setup request.
     *
     * @param statusCode   the cXML status code, such as 200, or null when the response has no Status
     * @param startPageUrl the page to send the browser to, or null when the response has none
     */
    public record SetupResponse(String statusCode, String statusText, String startPageUrl) {

        public boolean isSuccess() {
            return "200".equals(statusCode) && startPageUrl != null && !startPageUrl.isBlank();
        }
    }

    public static SetupResponse read(XmlElement root) {
        Optional<XmlElement> response = root.name().equalsIgnoreCase("cXML") ? root.child("Response") : Optional.empty();
        Optional<XmlElement> status = response.flatMap(element -> element.child("Status"));
        String code = status.map(element -> element.attribute("code")).map(String::strip).orElse(null);
        String text = status.map(element -> {
            String attribute = element.attribute("text");
            String body = element.allText().strip();
            return body.isEmpty() ? attribute : attribute + ": " + body;
        }).orElse(null);
        String url = response.flatMap(element -> element.path("PunchOutSetupResponse", "StartPage", "URL"))
                .map(element -> element.allText().strip())
                .orElse(null);
        return new SetupResponse(code, text, url);
    }
}
