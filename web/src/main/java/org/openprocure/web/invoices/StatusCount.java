package org.openprocure.web.invoices;

import java.io.Serializable;

/** The number of invoices in one match status, shown above the list. */
public record StatusCount(String status, long count) implements Serializable {
}
