package org.openprocure.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.openprocure.shared.Messages;

/**
 * The language a user picked with the switch at the top of each page. It holds for the rest of the
 * session and comes before the language on the user's record and the browser's.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    /**
     * Keeps the language if the portal supports it, then shows the same page again in it. A page that
     * takes a document id declares it as a view parameter, so the redirect keeps it.
     */
    public String choose(String language) {
        Messages.SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().ifPresent(locale -> chosen = locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen == null ? faces.getViewRoot().getLocale() : chosen);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public Optional<Locale> chosen() {
        return Optional.ofNullable(chosen);
    }
}
