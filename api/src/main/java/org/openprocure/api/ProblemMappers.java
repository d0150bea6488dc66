package org.openprocure.api;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openprocure.discussion.AttachmentTooLargeException;
import org.openprocure.discussion.FlagNotOpenException;
import org.openprocure.fulfilment.CxmlCredentialNotSetException;
import org.openprocure.invoicing.InvoiceTooLargeException;
import org.openprocure.invoicing.OriginalDeletedException;
import org.openprocure.invoicing.RetentionNotOverException;
import org.openprocure.masterdata.MasterDataRowError;
import org.openprocure.masterdata.MasterDataRowsException;
import org.openprocure.matching.DeadLetterNotFoundException;
import org.openprocure.matching.DeadLetterNotReplayableException;
import org.openprocure.punchout.PunchOutNotConfiguredException;
import org.openprocure.punchout.PunchOutSessionClosedException;
import org.openprocure.punchout.PunchOutSessionNotFoundException;
import org.openprocure.punchout.SupplierPunchOutException;
import org.openprocure.purchasing.OrderChangePendingException;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Messages;
import org.openprocure.shared.TransitionNotAllowedException;

/** Turns every exception that reaches the API into a problem response in the caller's language. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response problem(Response.Status status, Locale locale, String key, Object... arguments) {
        return Problem.response(status, Messages.format(locale, key, arguments), Messages.format(locale, key + ".fix", arguments));
    }

    /**
     * Errors the caller can act on. A missing document, dead letter or cXML credential gets 404,
     * and segregation of duties 403. An original file whose bytes the retention purge deleted gets
     * 410. A wrong status, a dead letter that cannot be replayed, a duplicate or an order change
     * sent while another waits for approval gets 409, and so does the deletion of an original
     * before its retention period ended, and the resolution of a message that is no open flag. An
     * invoice or a message attachment above its size limit gets 413. Anything else
     * gets 400.
     */
    @Provider
    public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

        @Context
        private HttpHeaders headers;

        @Context
        private Request request;

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(BusinessException exception) {
            Locale locale = Languages.of(headers);
            LOG.info(() -> "Request refused: " + request.getMethod() + " " + uriInfo.getPath(false) + ": " + exception.messageKey());
            return Problem.response(status(exception), exception.describe(locale), exception.fix(locale));
        }

        private static Response.Status status(BusinessException exception) {
            if (exception instanceof InvoiceTooLargeException || exception instanceof AttachmentTooLargeException) {
                return Response.Status.REQUEST_ENTITY_TOO_LARGE;
            }
            if (exception instanceof PunchOutSessionClosedException || exception instanceof OriginalDeletedException) {
                return Response.Status.GONE;
            }
            if (exception instanceof SupplierPunchOutException) {
                return Response.Status.BAD_GATEWAY;
            }
            if (exception instanceof DocumentNotFoundException || exception instanceof DeadLetterNotFoundException
                    || exception instanceof PunchOutNotConfiguredException || exception instanceof PunchOutSessionNotFoundException
                    || exception instanceof CxmlCredentialNotSetException) {
                return Response.Status.NOT_FOUND;
            }
            if (exception instanceof TransitionNotAllowedException || exception instanceof DuplicateDocumentException
                    || exception instanceof DeadLetterNotReplayableException || exception instanceof OrderChangePendingException
                    || exception instanceof RetentionNotOverException || exception instanceof FlagNotOpenException) {
                return Response.Status.CONFLICT;
            }
            if (exception instanceof DutySegregationException) {
                return Response.Status.FORBIDDEN;
            }
            return Response.Status.BAD_REQUEST;
        }
    }

    /** The body of a CSV import with wrong rows: the RFC 9457 members, {@code fix}, and one entry per wrong cell. */
    public record RowsProblem(String type, String title, int status, String detail, String fix, List<MasterDataRowError> errors) {
    }

    /** A CSV file of master data with wrong rows gets 400 with every wrong cell: row, column, value, message and fix. */
    @Provider
    public static class MasterDataRowsMapper implements ExceptionMapper<MasterDataRowsException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(MasterDataRowsException exception) {
            Locale locale = Languages.of(headers);
            LOG.info(() -> "Request refused: master-data CSV with " + exception.errors().size() + " wrong cell(s)");
            Response.Status status = Response.Status.BAD_REQUEST;
            RowsProblem problem = new RowsProblem("about:blank", status.getReasonPhrase(), status.getStatusCode(), exception.describe(locale),
                    exception.fix(locale), exception.errors());
            return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(problem).build();
        }
    }

    /**
     * A caller without the role an EJB method needs. The warning names the resource method, not the
     * path, because a path such as /users/{username} would put a person's name in the log.
     */
    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpHeaders headers;

        @Context
        private Request request;

        @Context
        private ResourceInfo resource;

        @Override
        public Response toResponse(EJBAccessException exception) {
            LOG.warning(() -> "Access denied: " + request.getMethod() + " " + resourceMethod() + ": caller lacks the role the action needs");
            return problem(Response.Status.FORBIDDEN, Languages.of(headers), "error.accessDenied");
        }

        private String resourceMethod() {
            if (resource.getResourceClass() == null || resource.getResourceMethod() == null) {
                return "outside a resource method";
            }
            return resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        }
    }

    /**
     * Any other failure, often wrapped by the EJB or transaction layer, or thrown when the
     * transaction commits after the resource method returned: a concurrent change is a 409,
     * anything else a logged 500.
     */
    @Provider
    public static class ServiceFailureMapper implements ExceptionMapper<Exception> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Exception exception) {
            Locale locale = Languages.of(headers);
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    LOG.info("Request refused: concurrent change of the same document");
                    return problem(Response.Status.CONFLICT, locale, "error.conflict");
                }
            }
            LOG.log(Level.SEVERE, "Service failed", exception);
            return problem(Response.Status.INTERNAL_SERVER_ERROR, locale, "error.internal");
        }
    }

    /** A request body that JSON-B cannot bind to the expected type. */
    @Provider
    public static class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException exception) {
            return problem(Response.Status.BAD_REQUEST, Languages.of(headers), "error.json", exception.getMessage());
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException exception) {
            Throwable cause = exception.getCause() == null ? exception : exception.getCause();
            return problem(Response.Status.BAD_REQUEST, Languages.of(headers), "error.json", cause.getMessage());
        }
    }

    /** Keeps the status of Jakarta REST's own errors (unknown path, wrong method or media type) and gives them a problem body. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            if (status == null) {
                return exception.getResponse();
            }
            Locale locale = Languages.of(headers);
            if (exception instanceof NotFoundException) {
                return problem(status, locale, "error.pathNotFound", uriInfo.getPath(false));
            }
            if (exception instanceof NotSupportedException && headers.getMediaType() == null) {
                return problem(status, locale, "error.mediaTypeMissing");
            }
            if (exception instanceof NotSupportedException) {
                return problem(status, locale, "error.mediaType", String.valueOf(headers.getMediaType()));
            }
            if (exception instanceof NotAllowedException) {
                return problem(status, locale, "error.method");
            }
            return Problem.response(status, exception.getMessage(), null);
        }
    }
}
