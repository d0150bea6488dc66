/** Events for the customer's ERP: a JMS topic and signed webhook POSTs with retries and a delivery log. */
package org.openprocure.integration;
