package org.openprocure.punchout;

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
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.supplier.Supplier;

/** Keeps the punch-out settings of suppliers, which only administrators see and change. */
@Stateless
@RolesAllowed("administrator")
public class PunchOutSettingsService {

    private static final Logger LOG = Logger.getLogger(PunchOutSettingsService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretCipher cipher;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Creates or replaces the settings; a secret left null keeps the stored one. */
    public PunchOutSettings save(long supplierId, PunchOutSettingsDraft draft) {
        Supplier supplier = supplier(supplierId);
        CheckedSettings checked = CheckedSettings.of(draft);
        String actor = session.getCallerPrincipal().getName();

        PunchOutSettings settings = entityManager.find(PunchOutSettings.class, supplierId);
        if (settings == null) {
            settings = new PunchOutSettings(supplierId);
            settings.update(checked, cipher, actor);
            entityManager.persist(settings);
        } else {
            settings.update(checked, cipher, actor);
        }
        auditTrail.record(DocumentType.SUPPLIER, supplierId, "PUNCH_OUT_SETTINGS_SAVED", actor, checked.protocol().name());

        LOG.info(() -> "Punch-out settings of supplier " + supplier.getCode() + " saved, protocol " + checked.protocol());
        return settings;
    }

    @PermitAll
    public Optional<PunchOutSettings> find(long supplierId) {
        return Optional.ofNullable(entityManager.find(PunchOutSettings.class, supplierId));
    }

    public PunchOutSettings get(long supplierId) {
        Supplier supplier = supplier(supplierId);
        return find(supplierId).orElseThrow(() -> new PunchOutNotConfiguredException(supplier.getName()));
    }

    public void delete(long supplierId) {
        PunchOutSettings settings = get(supplierId);
        String actor = session.getCallerPrincipal().getName();

        entityManager.remove(settings);
        auditTrail.record(DocumentType.SUPPLIER, supplierId, "PUNCH_OUT_SETTINGS_DELETED", actor);

        LOG.info(() -> "Punch-out settings of supplier " + supplierId + " deleted");
    }

    private Supplier supplier(long supplierId) {
        Supplier supplier = entityManager.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, supplierId);
        }
        return supplier;
    }
}
