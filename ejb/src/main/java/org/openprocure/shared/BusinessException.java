package org.openprocure.shared;

import java.util.Locale;

import jakarta.ejb.ApplicationException;

/**
 * Base of every error a user can act on. The message is a key in {@code messages.properties}
 * with its arguments, so the REST layer and the pages can state it in the caller's language;
 * {@link #getMessage()} gives the English text for logs.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** Returns a copy of the message arguments, for callers that store the message and state it later. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** Returns what went wrong, in the given language. */
    public String describe(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    /** Returns what the caller can do about it, in the given language. */
    public String fix(Locale locale) {
        return Messages.format(locale, messageKey + ".fix", arguments);
    }
}
