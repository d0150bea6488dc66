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
        String text = format(labelKey, arguments);
        // An empty detail, because Faces repeats the summary as the detail when the detail is null.
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Adds an error from the web bundle next to the input with this client id. */
    static void fieldError(String clientId, String labelKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, format(labelKey, arguments), null));
    }

    /** Formats the label in the page's language, so that numbers in it read as the page's do. */
    private static String format(String labelKey, Object... arguments) {
        return new MessageFormat(label(labelKey), FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(arguments);
    }

    /**
     * Adds the service's error next to the input it is about, else at the top of the page. The keys
     * of {@code inputs} are tried from the most specific: "line:N:field" and "line:N" for a message
     * whose arguments start with order line N (and a field), then the message key, then the field
     * name that the message names first. Each value is the client id of an input.
     */
    static void fail(BusinessException error, Locale locale, Map<String, String> inputs) {
        String input = inputFor(error, inputs);
        String problem = error.describe(locale);
        // A message next to an input shows only its detail, so that detail carries the problem as well as the fix.
        String detail = input == null ? error.fix(locale) : problem + " " + error.fix(locale);
        FacesContext.getCurrentInstance().addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, detail));
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
