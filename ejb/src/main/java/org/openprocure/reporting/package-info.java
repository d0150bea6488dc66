/** Figures for the dashboards: open and late orders, invoices by status, touchless rate, discrepancy reasons, cycle times. */
package org.openprocure.reporting;
