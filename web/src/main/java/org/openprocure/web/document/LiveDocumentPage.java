package org.openprocure.web.document;

/**
 * The backing of a document page whose header the live status include refreshes. When someone else
 * changes the document, the include calls {@link #load()} before the header is drawn again.
 */
public interface LiveDocumentPage {

    /** Reads the document again, as when the page opened. */
    void load();
}
