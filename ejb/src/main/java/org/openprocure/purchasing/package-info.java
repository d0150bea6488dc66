/** Purchase orders: issued to one supplier, confirmed by it, and counting what was shipped, received and invoiced per line. */
package org.openprocure.purchasing;
