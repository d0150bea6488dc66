/**
 * A small supplier shop that a buyer system punches out to, in cXML or in SAP OCI, for the
 * OpenProcure demo and its round-trip tests. As a test peer it can also return the malformed carts
 * that real catalogs send, chosen per session by {@link org.openprocure.demoshop.Variant}.
 */
package org.openprocure.demoshop;
