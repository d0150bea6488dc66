/** The local catalog: items that suppliers sell, with their price, currency and unit. */
package org.openprocure.catalog;
