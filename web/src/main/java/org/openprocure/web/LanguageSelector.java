package org.openprocure.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.openprocure.shared.Messages;

/**
 * Picks the language of a page: the first of French and English that the browser accepts, and
 * French when it names neither or sends no Accept-Language at all. The servlet container would
 * otherwise fall back to the server's own locale.
 */
@Named("language")
@RequestScoped
public class LanguageSelector {

    // NOTE: a user's preferred language, stored with the user, comes before the browser's once users have a profile.
    public Locale getLocale() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (request.getHeader("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            for (Locale supported : Messages.SUPPORTED) {
                if (supported.getLanguage().equals(accepted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.FRENCH;
    }
}
