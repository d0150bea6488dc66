package org.openprocure.fulfilment;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/**
 * Sets the credential each supplier's system uses on the cXML endpoint, and checks the credential a
 * posted document carries. The secret is never returned nor logged.
 */
@Stateless
@PermitAll
public class CxmlCredentialService {

    private static final Logger LOG = Logger.getLogger(CxmlCredentialService.class.getName());

    /** Hashed once, so that checking an unknown identity costs as much as checking a known one. */
    private static final String UNKNOWN_IDENTITY_SALT = SharedSecretHash.newSalt();

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /**
     * Sets the supplier's domain and identity, and its shared secret unless it is null, which keeps the
     * stored one. Another supplier may not hold the same domain and identity.
     */
    @RolesAllowed({"buyer", "administrator"})
    public SupplierCxmlCredential set(long supplierId, String domain, String identity, String sharedSecret) {
        Supplier supplier = suppliers.get(supplierId);
        SupplierCxmlCredential credential = find(supplierId).orElseGet(() -> new SupplierCxmlCredential(supplier));
        String actor = session.getCallerPrincipal().getName();

        String checkedDomain = Inputs.requireText(domain, "domain", 64);
        String checkedIdentity = Inputs.requireText(identity, "identity", 255);
        Optional<SupplierCxmlCredential> holder = findByIdentity(checkedDomain, checkedIdentity);
        if (holder.isPresent() && !holder.get().getSupplier().getId().equals(supplierId)) {
            throw new InvalidInputException("error.cxmlCredential.taken", checkedDomain, checkedIdentity);
        }
        credential.update(checkedDomain, checkedIdentity, sharedSecret, actor);
        entityManager.persist(credential);

        auditTrail.record(DocumentType.SUPPLIER, supplierId, "CXML_CREDENTIAL_SET", actor,
                credential.getDomain() + ":" + credential.getIdentity() + (sharedSecret == null ? "" : ", new shared secret"));
        LOG.info(() -> "cXML credential of supplier " + supplierId + " set");
        return credential;
    }

    @RolesAllowed({"buyer", "administrator"})
    public SupplierCxmlCredential get(long supplierId) {
        suppliers.get(supplierId);
        return find(supplierId).orElseThrow(() -> new CxmlCredentialNotSetException(supplierId));
    }

    @RolesAllowed({"buyer", "administrator"})
    public void remove(long supplierId) {
        SupplierCxmlCredential credential = get(supplierId);
        String actor = session.getCallerPrincipal().getName();
        entityManager.remove(credential);
        auditTrail.record(DocumentType.SUPPLIER, supplierId, "CXML_CREDENTIAL_REMOVED", actor);
    }

    /**
     * Returns the supplier whose credential has this domain, identity and shared secret, or empty. An
     * unknown identity and a wrong secret take about the same time, so a caller cannot probe for
     * identities.
     */
    public Optional<Supplier> authenticate(String domain, String identity, String sharedSecret) {
        if (domain == null || identity == null || sharedSecret == null) {
            SharedSecretHash.hash("", UNKNOWN_IDENTITY_SALT, SharedSecretHash.ITERATIONS);
            return Optional.empty();
        }
        Optional<SupplierCxmlCredential> credential = findByIdentity(domain, identity.strip());
        if (credential.isEmpty()) {
            SharedSecretHash.hash(sharedSecret, UNKNOWN_IDENTITY_SALT, SharedSecretHash.ITERATIONS);
            return Optional.empty();
        }
        if (!credential.get().acceptsSecret(sharedSecret)) {
            return Optional.empty();
        }
        return Optional.of(credential.get().getSupplier());
    }

    private Optional<SupplierCxmlCredential> find(long supplierId) {
        return Optional.ofNullable(entityManager.find(SupplierCxmlCredential.class, supplierId));
    }

    private Optional<SupplierCxmlCredential> findByIdentity(String domain, String identity) {
        return entityManager.createQuery(
                        "select c from SupplierCxmlCredential c join fetch c.supplier where c.domainKey = :domainKey and c.identity = :identity",
                        SupplierCxmlCredential.class)
                .setParameter("domainKey", SupplierCxmlCredential.domainKey(domain))
                .setParameter("identity", identity)
                .getResultStream()
                .findFirst();
    }
}
