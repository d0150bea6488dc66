package org.openprocure.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs the user out of the portal and of Keycloak: the Keycloak session ends through the back
 * channel, the portal session is invalidated, and the browser goes back to the portal, which shows
 * the Keycloak sign-in form again. It is a Faces action, so the form's view state protects it from
 * cross-site requests.
 */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

    private static final Logger LOG = Logger.getLogger(SignOutBacking.class.getName());

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context) {
            endKeycloakSession(context);
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning(() -> "Portal sign-out did not complete: " + e.getMessage());
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private static void endKeycloakSession(RefreshableOidcSecurityContext context) {
        try {
            context.logout(context.getOidcClientConfiguration());
        } catch (RuntimeException e) {
            // The portal session still ends; Keycloak's own session then expires on its idle timeout.
            LOG.warning(() -> "Keycloak did not end the session: " + e.getMessage());
        }
    }
}
