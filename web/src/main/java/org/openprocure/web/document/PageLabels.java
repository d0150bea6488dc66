package org.openprocure.web.document;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** Reads labels of the current view's bundle from Java, with a fallback for keys that do not exist, such as a new audit action. */
public final class PageLabels {

    private PageLabels() {
    }

    public static String label(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "label");
        return bundle.getString(key);
    }

    /** Returns the label of the key, or the fallback when the bundle has no such key. */
    public static String labelOr(String key, String fallback) {
        try {
            return label(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
