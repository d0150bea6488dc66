package org.openprocure.web;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.openprocure.shared.Messages;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountService;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Picks the language of a page. The language picked with the switch on the page comes first, then
 * the user's preferred language: the one on their record
 * in OpenProcure, else the one they chose in Keycloak (the token's locale claim). Then comes the
 * first of French and English that the browser accepts, and French when nothing names either. The
 * servlet container would otherwise fall back to the server's own locale.
 */
@Named("language")
@RequestScoped
public class LanguageSelector {

    @Inject
    private UserAccountService users;

    @Inject
    private LanguageSwitch languageSwitch;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            locale = languageSwitch.chosen().or(() -> preferred(request)).or(() -> fromBrowser(request)).orElse(Locale.FRENCH);
        }
        return locale;
    }

    private Optional<Locale> preferred(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        Optional<Locale> onRecord = users.find(request.getUserPrincipal().getName())
                .map(UserAccount::getPreferredLanguage)
                .flatMap(LanguageSelector::supported);
        if (onRecord.isPresent()) {
            return onRecord;
        }
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal && principal.getOidcSecurityContext() != null
                && principal.getOidcSecurityContext().getToken() != null) {
            return supported(principal.getOidcSecurityContext().getToken().getClaimValueAsString("locale"));
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Messages.firstSupported(Collections.list(request.getLocales()));
    }

    private static Optional<Locale> supported(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        String primary = language.split("[-_]")[0];
        return Messages.SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(primary)).findFirst();
    }
}
