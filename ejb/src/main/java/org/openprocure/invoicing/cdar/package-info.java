/** Invoice lifecycle statuses written as UN/CEFACT CDAR D22B messages, as French e-invoicing platforms exchange them. */
package org.openprocure.invoicing.cdar;
