package org.openprocure.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.openprocure.shared.BusinessException;

/**
 * Adds page messages from the label bundle and from service errors. A service error whose
 * arguments name a field of the page, such as "vatId" or a line number, shows next to that field.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** Shows the label with its arguments as an information message at the top of the page. */
    public static void inform(String labelKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        // An empty detail, because a null one repeats the summary in p:messages with showDetail.
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(labelKey, arguments), ""));
    }

    /** Shows the label with its arguments as an error next to the component with this client id. */
    public static void invalid(String clientId, String labelKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, format(labelKey, arguments), null));
        context.validationFailed();
    }

    /**
     * Shows what the service rejected and what to do about it, in the page's language. The message
     * goes next to the first component whose key in {@code fields} is one of the error's arguments,
     * and at the top of the page when none is.
     */
    public static void fail(BusinessException error, Locale locale, Map<String, String> fields) {
        String clientId = null;
        for (Object argument : error.arguments()) {
            if (argument != null && fields.containsKey(argument.toString())) {
                clientId = fields.get(argument.toString());
                break;
            }
        }
        // p:message next to a field shows only the detail, so there the detail carries the description too.
        String detail = clientId == null ? error.fix(locale) : error.describe(locale) + " " + error.fix(locale);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.describe(locale), detail));
        context.validationFailed();
    }

    /** Returns the label in the page's language with its arguments put in. */
    public static String format(String labelKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString(labelKey);
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }
}
