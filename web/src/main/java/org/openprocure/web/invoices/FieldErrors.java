package org.openprocure.web.invoices;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.openprocure.shared.BusinessException;

/**
 * Finds the input that a service error is about, so that the page shows the message next to it.
 * The services name the field in the first argument of their input errors, such as "error.missing"
 * and "error.tooLong". A few errors name a value instead, and this class lists them.
 */
final class FieldErrors {

    /** The errors whose first argument is a value, not a field name, with the field they are about. */
    private static final Map<String, String> FIELD_BY_MESSAGE = Map.of(
            "error.dispute.pastDeadline", "deadline",
            "error.payment.cents", "amount",
            "error.payment.aboveDue", "amount",
            "error.payment.referenceReused", "reference",
            "error.invoice.otherSupplier", "orderNumber",
            "error.invoiceFilter.dateRange", "receivedTo");

    private FieldErrors() {
    }

    /**
     * Returns the client id of the input the error is about, taken from {@code inputs}, which maps
     * the service's field names to the client ids of the form. It is empty when the error is about no input of the form.
     */
    static Optional<String> inputOf(BusinessException error, Map<String, String> inputs) {
        String field = FIELD_BY_MESSAGE.get(error.messageKey());
        if (field == null) {
            Object[] arguments = error.arguments();
            field = arguments.length > 0 && arguments[0] instanceof String name ? name : null;
        }
        return Optional.ofNullable(field == null ? null : inputs.get(field));
    }

    /**
     * Shows the error next to its input, found through {@code inputs}, or at the top of the page. Next
     * to its input, a missing value reads "enter a value" rather than naming the service's field.
     */
    static void show(BusinessException error, Map<String, String> inputs, Locale locale) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = inputOf(error, inputs).orElse(null);
        String summary = clientId != null && "error.missing".equals(error.messageKey())
                ? context.getApplication().getResourceBundle(context, "label").getString("field.required")
                : error.describe(locale);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, error.fix(locale)));
    }
}
