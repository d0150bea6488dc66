/**
 * Keeps the query string of a page a signed-out user opens across the Keycloak sign-in. WildFly's
 * OIDC client sends the page's path without its query as the redirect_uri, so a link such as
 * requisition.xhtml?id=5 would come back as requisition.xhtml.
 */
package org.openprocure.web.signin;
