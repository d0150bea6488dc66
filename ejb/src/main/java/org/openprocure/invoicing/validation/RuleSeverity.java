package org.openprocure.invoicing.validation;

/** How much a failed rule weighs: a fatal failure rejects the document, a warning is only reported. */
public enum RuleSeverity {
    FATAL,
    WARNING
}
