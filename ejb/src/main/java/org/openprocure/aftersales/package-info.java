/**
 * After-sales: returns and claims on received goods, with the credit note or replacement the
 * supplier owes for them, for which the three-way match withholds the returned quantity until it arrives.
 */
package org.openprocure.aftersales;
