package org.openprocure.outbound;

/**
 * Puts the Sender's shared secret into a stored cXML OrderRequest just before it is posted, so the
 * stored delivery, which buyers can read, never contains the secret.
 */
final class CxmlSecrets {

    private CxmlSecrets() {
    }

    /**
     * Returns the document with a SharedSecret after the Identity of the Sender's Credential, as
     * cXML.dtd orders them. The document must come from our OrderRequest writer, which writes no
     * SharedSecret of its own for deliveries; a null secret returns the document unchanged.
     */
    static String withSharedSecret(String document, String secret) {
        if (secret == null) {
            return document;
        }
        int sender = document.indexOf("<Sender>");
        int identityEnd = sender < 0 ? -1 : document.indexOf("</Identity>", sender);
        if (identityEnd < 0) {
            throw new IllegalStateException("The stored cXML OrderRequest has no Sender Identity");
        }
        int insertAt = identityEnd + "</Identity>".length();
        return document.substring(0, insertAt) + "<SharedSecret>" + escape(secret) + "</SharedSecret>" + document.substring(insertAt);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
