package org.openprocure.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import org.openprocure.shared.Messages;

/** Chooses the language of API messages from the Accept-Language header: the first supported one, French when none is. */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.firstSupported(acceptable).orElse(Locale.FRENCH);
    }
}
