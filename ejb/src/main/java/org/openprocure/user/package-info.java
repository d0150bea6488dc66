/**
 * The product's own record of each user: display name, preferred language and approval limit.
 * Keycloak identifies the user and gives their roles. What they may approve comes from here, set by
 * an administrator or imported from the ERP, never from the token.
 */
package org.openprocure.user;
