/** Reads UBL 2.1 OrderResponse and DespatchAdvice documents (Peppol BIS post-award 3) into domain commands. */
package org.openprocure.fulfilment.ubl;
