package org.openprocure.punchout;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.platform.Settings;
import org.openprocure.punchout.cxml.CxmlCredential;
import org.openprocure.punchout.cxml.PunchOutSetupRequestWriter;
import org.openprocure.punchout.cxml.PunchOutSetupRequestWriter.SetupRequest;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLine;
import org.openprocure.requisition.RequisitionLineDraft;
import org.openprocure.requisition.RequisitionService;
import org.openprocure.requisition.RequisitionStatus;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;

/**
 * Starts punch-out sessions and turns the carts that come back into requisition lines.
 *
 * <p>Lines from a cart get the cost centre chosen at start, else {@link PurchaseRequisition#COST_CENTRE_TO_ASSIGN},
 * which the requester replaces on the requisition page before submitting, and the VAT rate of
 * {@link Settings#punchOutVatRate()}.
 */
@Stateless
@PermitAll
public class PunchOutService {

    private static final Logger LOG = Logger.getLogger(PunchOutService.class.getName());
    private static final String RETURN_PATH = "/punch-out/return/";
    private static final String CXML_LANGUAGE = "fr-FR";
    private static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretCipher cipher;

    @Inject
    private SupplierSetupClient setupClient;

    @Inject
    private RequisitionService requisitions;

    @Inject
    private Settings settings;

    @Resource
    private SessionContext session;

    /**
     * Opens a punch-out session to the supplier's shop for the calling requester. With a requisition,
     * the cart goes to that draft. Its earlier lines from this supplier's shop travel to the shop as
     * ItemOut, for edit while it is a draft and for inspect once it is submitted.
     *
     * @param portalUrl the portal's address as the browser reaches it, without a trailing slash
     */
    @RolesAllowed("requester")
    public PunchOutStart start(long supplierId, Long requisitionId, String costCentre, PunchOutUser user, String portalUrl) {
        Supplier supplier = supplier(supplierId);
        PunchOutSettings shop = entityManager.find(PunchOutSettings.class, supplierId);
        if (shop == null) {
            throw new PunchOutNotConfiguredException(supplier.getName());
        }
        String requester = session.getCallerPrincipal().getName();
        String chosenCostCentre = Inputs.optionalText(costCentre, "costCentre", 64);

        List<CartLine> currentCart = List.of();
        PunchOutOperation operation = PunchOutOperation.CREATE;
        if (requisitionId != null) {
            PurchaseRequisition requisition = requisitions.get(requisitionId);
            if (!requisition.getRequester().equals(requester)) {
                throw new DutySegregationException("error.requisition.notRequester", requisition.getNumber(), requester);
            }
            currentCart = cartOf(requisition, supplierId);
            if (requisition.getStatus() != RequisitionStatus.DRAFT) {
                operation = PunchOutOperation.INSPECT;
            } else if (!currentCart.isEmpty()) {
                operation = PunchOutOperation.EDIT;
            }
        }

        PunchOutSession visit = new PunchOutSession(token(), HexFormat.of().formatHex(randomBytes(16)), supplierId, requester, requisitionId,
                chosenCostCentre == null ? PurchaseRequisition.COST_CENTRE_TO_ASSIGN : chosenCostCentre, operation,
                shop.getProtocol(), settings.punchOutSessionLifetime());
        entityManager.persist(visit);
        String returnUrl = portalUrl + RETURN_PATH + visit.getToken();

        PunchOutStart start = shop.getProtocol() == PunchOutProtocol.CXML
                ? startCxml(shop, supplier, visit, user, returnUrl, currentCart)
                : startOci(shop, visit, returnUrl);
        LOG.info(() -> "Punch-out session " + visit.getId() + " to supplier " + supplier.getCode() + " started, operation "
                + visit.getOperation() + ", protocol " + shop.getProtocol());
        return start;
    }

    /**
     * Takes the cart posted back to a session's return URL and returns the requisition it went to. The
     * same cart posted again changes nothing and returns the same requisition. Any failure stores nothing.
     */
    public long receive(String token, ReturnedCart returned) {
        PunchOutSession visit = sessionFor(token);
        if (visit.tookCart(returned.digest())) {
            LOG.info(() -> "Punch-out session " + visit.getId() + " received its cart again; nothing changes");
            return visit.getRequisitionId();
        }
        visit.requireOpen(Instant.now());
        Cart cart = returned.cart();
        if (returned.protocol() != visit.getProtocol()) {
            throw new InvalidInputException("error.punchOut.wrongProtocol", visit.getProtocol().name(), returned.protocol().name());
        }
        if (returned.protocol() == PunchOutProtocol.CXML && !visit.getBuyerCookie().equals(cart.buyerCookie())) {
            throw new InvalidInputException("error.punchOut.buyerCookie", String.valueOf(cart.buyerCookie()));
        }
        if (cart.lines().isEmpty()) {
            throw new InvalidInputException("error.punchOut.emptyCart");
        }
        if (visit.getOperation() == PunchOutOperation.INSPECT) {
            visit.use(returned.digest(), visit.getRequisitionId());
            LOG.info(() -> "Punch-out session " + visit.getId() + " ended an inspection; the requisition stays as it is");
            return visit.getRequisitionId();
        }

        Supplier supplier = supplier(visit.getSupplierId());
        List<RequisitionLineDraft> drafts = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            drafts.add(draft(supplier, line, visit.getCostCentre()));
        }
        PurchaseRequisition requisition = requisitions.receivePunchOutCart(visit.getRequester(), visit.getRequisitionId(), supplier, drafts);
        visit.use(returned.digest(), requisition.getId());

        LOG.info(() -> "Punch-out session " + visit.getId() + " put " + drafts.size() + " line(s) on requisition " + requisition.getNumber());
        return requisition.getId();
    }

    /** Returns the ids of the suppliers that have punch-out settings, among the given ones. */
    public List<Long> withPunchOut(List<Long> supplierIds) {
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select s.supplierId from PunchOutSettings s where s.supplierId in :ids", Long.class)
                .setParameter("ids", supplierIds)
                .getResultList();
    }

    /** Returns every supplier that has punch-out settings, by name. */
    public List<Supplier> suppliersWithPunchOut() {
        return entityManager.createQuery("select p from Supplier p where p.id in (select s.supplierId from PunchOutSettings s) order by p.name",
                Supplier.class).getResultList();
    }

    private PunchOutStart startCxml(PunchOutSettings shop, Supplier supplier, PunchOutSession visit, PunchOutUser user, String returnUrl,
                                    List<CartLine> currentCart) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SetupRequest request = new SetupRequest(now.toInstant().toEpochMilli() + "." + visit.getId() + "@openprocure", now, CXML_LANGUAGE,
                new CxmlCredential(shop.getFromDomain(), shop.getFromIdentity()),
                new CxmlCredential(shop.getToDomain(), shop.getToIdentity()),
                new CxmlCredential(shop.getSenderDomain(), shop.getSenderIdentity()),
                shop.sharedSecret(cipher), visit.getOperation(), visit.getBuyerCookie(), extrinsics(user), returnUrl, shop.getUrl(),
                currentCart);
        String startPage = setupClient.startPage(shop.getUrl(), PunchOutSetupRequestWriter.write(request), supplier.getName());
        return new PunchOutStart(visit.getId(), visit.getToken(), returnUrl, PunchOutProtocol.CXML, startPage, null, Map.of());
    }

    private PunchOutStart startOci(PunchOutSettings shop, PunchOutSession visit, String returnUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("HOOK_URL", returnUrl);
        fields.put("~OkCode", "ADDI");
        fields.put("~TARGET", "_top");
        fields.put("~CALLER", "CTLG");
        fields.put("OCI_VERSION", "5.0");
        fields.putAll(shop.getOciParameters());
        String password = shop.ociPassword(cipher);
        if (password != null) {
            fields.put(PunchOutSettings.OCI_PASSWORD, password);
        }
        return new PunchOutStart(visit.getId(), visit.getToken(), returnUrl, PunchOutProtocol.OCI, null, shop.getUrl(), fields);
    }

    private static Map<String, String> extrinsics(PunchOutUser user) {
        Map<String, String> extrinsics = new LinkedHashMap<>();
        if (user == null) {
            return extrinsics;
        }
        putPresent(extrinsics, "UserEmail", user.email());
        putPresent(extrinsics, "User", user.username());
        putPresent(extrinsics, "FirstName", user.firstName());
        putPresent(extrinsics, "LastName", user.lastName());
        return extrinsics;
    }

    private static void putPresent(Map<String, String> map, String name, String value) {
        if (value != null && !value.isBlank()) {
            map.put(name, value);
        }
    }

    private static List<CartLine> cartOf(PurchaseRequisition requisition, long supplierId) {
        List<CartLine> cart = new ArrayList<>();
        for (RequisitionLine line : requisition.getLines()) {
            if (line.isPunchedOut() && line.getSupplier().getId() == supplierId) {
                cart.add(new CartLine(line.getSupplierPartNumber(), line.getSupplierPartAuxiliaryId(), line.getDescription(), line.getLongText(),
                        line.getQuantity(), line.getUnitCode(), line.getUnitPrice(), line.getCurrency(), line.getPriceBasisQuantity(),
                        line.getClassificationDomain(), line.getCategory()));
            }
        }
        return cart;
    }

    private RequisitionLineDraft draft(Supplier supplier, CartLine line, String costCentre) {
        String description = line.description();
        String longText = line.longText();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            longText = longText == null ? description : longText;
            description = description.substring(0, MAX_DESCRIPTION_LENGTH);
        }
        BigDecimal priceBasis = line.priceBasisQuantity() == null ? BigDecimal.ONE : line.priceBasisQuantity();
        return new RequisitionLineDraft(supplier, null, line.supplierPartId(), description, line.quantity(), line.unitCode(), line.unitPrice(),
                priceBasis, line.currency(), settings.punchOutVatRate(), costCentre, null, line.classificationCode(),
                line.supplierPartAuxiliaryId(), longText, line.classificationDomain(), true);
    }

    private PunchOutSession sessionFor(String token) {
        List<PunchOutSession> found = entityManager.createQuery("select s from PunchOutSession s where s.token = :token", PunchOutSession.class)
                .setParameter("token", token == null ? "" : token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            String shown = token == null ? "" : token;
            // A token is 43 characters; the message shows the start of a longer value only.
            throw new PunchOutSessionNotFoundException(shown.length() > 64 ? shown.substring(0, 64) + "…" : shown);
        }
        return found.get(0);
    }

    private Supplier supplier(long supplierId) {
        Supplier supplier = entityManager.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER, supplierId);
        }
        return supplier;
    }

    private String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
