/** The generic document page (/document.xhtml): header, timeline and the push that refreshes an open page when its document changes. */
package org.openprocure.web.document;
