package org.openprocure.punchout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openprocure.punchout.cxml.CxmlCredential;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/** Punch-out settings checked field by field; secrets are null when the stored ones stay. */
record CheckedSettings(PunchOutProtocol protocol, String url, CxmlCredential from, CxmlCredential to, CxmlCredential sender,
                       String sharedSecret, Map<String, String> ociParameters, String ociPassword) {

    static CheckedSettings of(PunchOutSettingsDraft draft) {
        Inputs.requirePresent(draft, "body");
        PunchOutProtocol protocol = protocol(draft.protocol());
        String url = url(draft.url());
        CxmlCredential from = credential(draft.fromDomain(), draft.fromIdentity(), "from");
        CxmlCredential to = credential(draft.toDomain(), draft.toIdentity(), "to");
        CxmlCredential sender = credential(draft.senderDomain(), draft.senderIdentity(), "sender");
        if (protocol == PunchOutProtocol.CXML) {
            Inputs.requireText(from.identity(), "fromIdentity");
            Inputs.requireText(to.identity(), "toIdentity");
            Inputs.requireText(sender.identity(), "senderIdentity");
        }
        String sharedSecret = draft.sharedSecret() == null ? null : Inputs.requireLength(draft.sharedSecret(), "sharedSecret", 255);

        Map<String, String> parameters = new LinkedHashMap<>();
        String ociPassword = null;
        if (draft.ociParameters() != null) {
            for (Map.Entry<String, String> parameter : draft.ociParameters().entrySet()) {
                String name = Inputs.requireText(parameter.getKey(), "ociParameters", 64);
                if (name.toUpperCase(Locale.ROOT).equals(PunchOutSettings.OCI_PASSWORD)) {
                    ociPassword = parameter.getValue() == null ? null : Inputs.requireLength(parameter.getValue(), "ociParameters.PASSWORD", 255);
                } else {
                    parameters.put(name, parameter.getValue() == null ? "" : Inputs.requireLength(parameter.getValue(), "ociParameters." + name, 1000));
                }
            }
        }
        return new CheckedSettings(protocol, url, from, to, sender, sharedSecret, parameters, ociPassword);
    }

    private static PunchOutProtocol protocol(String value) {
        String text = Inputs.requireText(value, "protocol", 8);
        try {
            return PunchOutProtocol.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.punchOut.protocol", text);
        }
    }

    private static String url(String value) {
        String text = Inputs.requireText(value, "url", 2000);
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidInputException("error.punchOut.url", text);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("error.punchOut.url", text);
        }
        return text;
    }

    private static CxmlCredential credential(String domain, String identity, String party) {
        return new CxmlCredential(Inputs.optionalText(domain, party + "Domain", 64), Inputs.optionalText(identity, party + "Identity", 255));
    }
}
