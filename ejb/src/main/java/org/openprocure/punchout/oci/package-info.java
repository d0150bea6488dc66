/** SAP Open Catalog Interface 4.0 and 5.0: the form fields of a cart that a catalog posts back. */
package org.openprocure.punchout.oci;
