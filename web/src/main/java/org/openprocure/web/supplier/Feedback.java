package org.openprocure.web.supplier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.openprocure.shared.BusinessException;

/**
 * Puts the outcome of an action on the page: a confirmation from the web bundle, or the service's
 * error in the page's language, next to the input it is about when the page names one.
 */
final class Feedback {

    private Feedback() {
    }

    static String label(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "label").getString(key);
    }

    /** Adds a confirmation that stays through the redirect that follows a successful action. */
    static void inform(String labelKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = MessageFormat.format(label(labelKey), arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Adds an error from the web bundle next to the input with this client id. */
    static void fieldError(String clientId, String labelKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(label(labelKey), arguments), null));
    }

    /**
     * Adds the service's error next to the input it names, else at the top of the page. An entry of
     * {@code inputs} maps a message key, a field name the message names first, or "line:N" (and
     * "line:N:field") for a message whose first argument is an order line number, to the client
     * id of the input; the most specific entry wins.
     */
    static void fail(BusinessException error, Locale locale, Map<String, String> inputs) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(locale), error.fix(locale));
        FacesContext.getCurrentInstance().addMessage(inputFor(error, inputs), message);
    }

    private static String inputFor(BusinessException error, Map<String, String> inputs) {
        Object[] arguments = error.arguments();
        String first = arguments.length > 0 ? String.valueOf(arguments[0]) : null;
        String second = arguments.length > 1 ? String.valueOf(arguments[1]) : null;
        String[] candidates = {
                first == null || second == null ? null : "line:" + first + ":" + second,
                first == null ? null : "line:" + first,
                error.messageKey(),
                first,
        };
        for (String candidate : candidates) {
            if (candidate != null && inputs.containsKey(candidate)) {
                return inputs.get(candidate);
            }
        }
        return null;
    }
}
