package org.openprocure.supplier;

import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Access rule for supplier users. Staff may read every supplier's documents. A user with the supplier
 * role may read only the documents of the supplier whose code their token carries in the
 * {@value #SUPPLIER_CLAIM} claim. Services check here before they return or change a document, so the
 * rule holds for the pages and the API alike. A document of another supplier gets the not-found
 * error, so its existence is not revealed, and the attempt is logged.
 */
@Stateless
@PermitAll
@DeclareRoles("supplier")
public class SupplierScope {

    /** The token claim that carries the supplier code, mapped from the Keycloak user attribute of the same name. */
    public static final String SUPPLIER_CLAIM = "supplier_id";
    /** Supplier id used when a supplier user's token names no supplier or an unknown one, so that no document matches. */
    static final long NO_SUPPLIER = -1L;

    private static final Logger LOG = Logger.getLogger(SupplierScope.class.getName());

    @Resource
    private SessionContext session;

    @PersistenceContext
    private EntityManager entityManager;

    /** Returns empty for staff, or the id of the supplier a supplier user acts for ({@link #NO_SUPPLIER} if none). */
    public Optional<Long> restriction() {
        if (!session.isCallerInRole("supplier")) {
            return Optional.empty();
        }
        String code = supplierClaim(session.getCallerPrincipal());
        if (code == null) {
            LOG.warning(() -> "Supplier user " + subject() + " has no " + SUPPLIER_CLAIM + " claim and sees no documents");
            return Optional.of(NO_SUPPLIER);
        }
        Optional<Long> supplierId = entityManager.createQuery("select s.id from Supplier s where s.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
        if (supplierId.isEmpty()) {
            LOG.warning(() -> "Supplier user " + subject() + " names supplier code " + code + ", which no supplier has");
        }
        return Optional.of(supplierId.orElse(NO_SUPPLIER));
    }

    /** Returns the supplier a supplier user acts for, or empty for staff and for a supplier user bound to none. */
    public Optional<Supplier> callerSupplier() {
        return restriction().filter(id -> id != NO_SUPPLIER).map(id -> entityManager.find(Supplier.class, id));
    }

    /**
     * Passes when the caller may see a document of this supplier. Otherwise it logs the attempt and
     * throws the not-found error, as if the document did not exist. A document with no supplier yet,
     * such as an invoice from an unknown seller, is for staff only.
     */
    public void requireVisible(DocumentType type, Object documentId, Supplier owner) {
        Optional<Long> restriction = restriction();
        if (restriction.isEmpty() || owner != null && restriction.get().equals(owner.getId())) {
            return;
        }
        String callerCode = supplierClaim(session.getCallerPrincipal());
        LOG.warning(() -> "Supplier user " + subject() + " (supplier code " + callerCode + ") was refused " + type + " " + documentId
                + ", which belongs to " + describe(owner));
        throw new DocumentNotFoundException(type, documentId);
    }

    private static String describe(Supplier owner) {
        if (owner == null) {
            return "no supplier";
        }
        return owner.getCode() == null ? "supplier id " + owner.getId() : "supplier code " + owner.getCode();
    }

    /** Returns the token's subject, a stable pseudonymous id, so that logs name no person. */
    private String subject() {
        Principal principal = session.getCallerPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getToken().getSubject();
        }
        return "(no token)";
    }

    private static String supplierClaim(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            String code = oidc.getOidcSecurityContext().getToken().getClaimValueAsString(SUPPLIER_CLAIM);
            return code == null || code.isBlank() ? null : code.strip();
        }
        return null;
    }
}
