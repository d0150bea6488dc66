package org.openprocure.fulfilment;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.openprocure.fulfilment.cxml.CxmlEnvelopeReader;
import org.openprocure.fulfilment.cxml.CxmlRequest;
import org.openprocure.fulfilment.cxml.CxmlResponseWriter;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.shared.UniqueViolation;

/**
 * Receives a cXML request posted by a supplier's system and returns the cXML Response. The Status
 * code is 200 when the document is applied or was already applied, and 400 with the fix when it
 * cannot be applied. It is 401 for an unknown Sender credential, 409 for a payloadID already used
 * with other content or an order whose state forbids the change, and 500 with an error id for any
 * other failure. The Status text is in French when the request's xml:lang is French, else English.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CxmlEndpoint {

    private static final Logger LOG = Logger.getLogger(CxmlEndpoint.class.getName());

    @Inject
    private CxmlDocumentProcessor processor;

    public String receive(byte[] body) {
        CxmlRequest request;
        try {
            request = CxmlEnvelopeReader.read(body);
        } catch (InvalidInputException e) {
            LOG.info(() -> "cXML request refused before authentication: " + e.messageKey());
            return answer(400, "Bad Request", e, Locale.ENGLISH);
        }
        Locale locale = language(request.language());
        try {
            CxmlDocumentProcessor.Outcome outcome = process(request, body);
            String detail = Messages.format(locale, outcome.repeat() ? "cxml.repeated" : "cxml.applied", request.payloadId(),
                    outcome.resultReference());
            return CxmlResponseWriter.write(200, "OK", detail, locale.getLanguage());
        } catch (CxmlUnauthorizedException e) {
            LOG.warning(() -> "cXML request " + request.payloadId() + " refused: unknown Sender credential " + request.sender()
                    + " or wrong shared secret");
            return answer(401, "Unauthorized", e, locale);
        } catch (DuplicateDocumentException | TransitionNotAllowedException e) {
            LOG.info(() -> "cXML request " + request.payloadId() + " from " + request.sender() + " refused: " + e.messageKey());
            return answer(409, "Conflict", e, locale);
        } catch (BusinessException e) {
            LOG.info(() -> "cXML request " + request.payloadId() + " from " + request.sender() + " refused: " + e.messageKey());
            return answer(400, "Bad Request", e, locale);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, e, () -> "cXML request " + request.payloadId() + " from " + request.sender() + " failed, error id " + errorId);
            return CxmlResponseWriter.write(500, "Internal Server Error", Messages.format(locale, "cxml.failed", errorId),
                    locale.getLanguage());
        }
    }

    /** Runs the processor, once more when a request with the same payloadID was stored at the same moment. */
    private CxmlDocumentProcessor.Outcome process(CxmlRequest request, byte[] body) {
        try {
            return processor.process(request, body);
        } catch (EJBException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            LOG.info(() -> "cXML request " + request.payloadId() + " was stored concurrently; reading the stored one");
            return processor.process(request, body);
        }
    }

    private static String answer(int code, String text, BusinessException e, Locale locale) {
        return CxmlResponseWriter.write(code, text, e.describe(locale) + " " + e.fix(locale), locale.getLanguage());
    }

    private static Locale language(String xmlLang) {
        return xmlLang != null && xmlLang.toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }
}
