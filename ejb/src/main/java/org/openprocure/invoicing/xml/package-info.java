/** Safe parsing of invoice XML from outside: no DTD, no external entity, strict decimals and encodings. */
package org.openprocure.invoicing.xml;
