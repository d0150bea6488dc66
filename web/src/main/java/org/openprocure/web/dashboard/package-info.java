/** The staff dashboard: figures and charts on orders, deliveries, invoices and the match. */
package org.openprocure.web.dashboard;
