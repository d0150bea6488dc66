/** The buyer's supplier records: the searchable list and one supplier's form, order channel and bank details changes. */
package org.openprocure.web.supplier;
