package org.openprocure.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openprocure.shared.Inputs;

/**
 * Values an administrator sets as WildFly system properties (see {@code wildfly-config/settings.cli}).
 * Each has a default, so a server without them still runs.
 */
@ApplicationScoped
public class Settings {

    public static final String COMPANY_CURRENCY = "openprocure.company-currency";
    public static final String AUTO_APPROVAL_LIMIT = "openprocure.approval.auto-approve-below";
    public static final String PRICE_TOLERANCE_PERCENT = "openprocure.match.price-tolerance-percent";
    public static final String PRICE_TOLERANCE_AMOUNT = "openprocure.match.price-tolerance-amount";
    public static final String QUANTITY_TOLERANCE_PERCENT = "openprocure.match.quantity-tolerance-percent";
    public static final String QUANTITY_TOLERANCE_ABSOLUTE = "openprocure.match.quantity-tolerance-absolute";
    public static final String LINE_AMOUNT_TOLERANCE_PERCENT = "openprocure.match.line-amount-tolerance-percent";
    public static final String LINE_AMOUNT_TOLERANCE_ABSOLUTE = "openprocure.match.line-amount-tolerance-absolute";
    public static final String EQUIVALENT_UNITS = "openprocure.match.equivalent-units";
    public static final String VAT_RATE_TOLERANCE_POINTS = "openprocure.match.vat-rate-tolerance-points";
    public static final String MATCH_LOCK_TIMEOUT_MILLIS = "openprocure.match.lock-timeout-millis";
    public static final String APPROVAL_FOLLOW_UP_INTERVAL = "openprocure.approval.follow-up-interval";
    public static final String PORTAL_URL = "openprocure.portal-url";
    public static final String CHANGE_TOLERANCE_PERCENT = "openprocure.approval.change-tolerance-percent";
    public static final String CHANGE_TOLERANCE_AMOUNT = "openprocure.approval.change-tolerance-amount";
    public static final String PUNCH_OUT_SESSION_MINUTES = "openprocure.punch-out.session-minutes";
    public static final String PUNCH_OUT_VAT_RATE = "openprocure.punch-out.vat-rate";
    public static final String COMPANY_NAME = "openprocure.company-name";
    public static final String RETENTION_YEARS = "openprocure.retention.years";
    public static final String WEBHOOK_RETRY_DELAYS = "openprocure.webhooks.retry-delays";
    public static final String OUTBOUND_FIRST_RETRY_SECONDS = "openprocure.outbound.first-retry-seconds";
    public static final String OUTBOUND_MAX_ATTEMPTS = "openprocure.outbound.max-attempts";
    public static final String INVOICE_MAX_BYTES = "openprocure.invoice.max-bytes";
    public static final String COMPANY_COUNTRY = "openprocure.company-country";
    public static final String DISCUSSION_ATTACHMENT_MAX_BYTES = "openprocure.discussion.attachment-max-bytes";

    /** 20 MiB: a PDF invoice with its images stays well below this. */
    static final long DEFAULT_INVOICE_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * 5 MiB: the API takes attachments in base64, which adds a third, so a message with one such file
     * stays below WildFly's default max-post-size of 10 MiB.
     */
    static final long DEFAULT_DISCUSSION_ATTACHMENT_MAX_BYTES = 5L * 1024 * 1024;

    /** Returns how long, in minutes, a punch-out return URL accepts a cart after the requester left for the shop. */
    public Duration punchOutSessionLifetime() {
        return Duration.ofMinutes(decimal(PUNCH_OUT_SESSION_MINUTES, "60").longValueExact());
    }

    /** Returns the VAT rate in percent that lines from a punch-out cart get, since carts carry none that all shops agree on. */
    public BigDecimal punchOutVatRate() {
        return Inputs.requireVatRate(decimal(PUNCH_OUT_VAT_RATE, "20"), PUNCH_OUT_VAT_RATE);
    }

    /** Returns the buying company's name, as the BillTo of cXML orders names it. */
    public String companyName() {
        return System.getProperty(COMPANY_NAME, "OpenProcure").strip();
    }

    /** Returns the ISO 3166 code of the buying company's country, FR unless set, as invoices written on the portal name the buyer's address (BT-55). */
    public String companyCountry() {
        String code = Inputs.optionalCountry(System.getProperty(COMPANY_COUNTRY, "FR"), COMPANY_COUNTRY);
        return code == null ? "FR" : code;
    }

    /** ISO 4217 code of the currency the company keeps its books in. */
    public String companyCurrency() {
        return Inputs.requireCurrency(System.getProperty(COMPANY_CURRENCY, "EUR"), COMPANY_CURRENCY);
    }

    /** Requisitions whose total excluding VAT is below this amount, in the company currency, need no approver. */
    public BigDecimal autoApprovalLimit() {
        return decimal(AUTO_APPROVAL_LIMIT, "500.00");
    }

    /** Returns how far, in percent of the approved total, a buyer may raise an order's total excluding VAT without a new approval. */
    public BigDecimal changeTolerancePercent() {
        return decimal(CHANGE_TOLERANCE_PERCENT, "5");
    }

    /** Returns the same increase as an amount in the company currency; an increase must stay within both limits. */
    public BigDecimal changeToleranceAmount() {
        return decimal(CHANGE_TOLERANCE_AMOUNT, "100");
    }

    public BigDecimal priceTolerancePercent() {
        return decimal(PRICE_TOLERANCE_PERCENT, "1");
    }

    public BigDecimal priceToleranceAmount() {
        return decimal(PRICE_TOLERANCE_AMOUNT, "0.50");
    }

    public BigDecimal quantityTolerancePercent() {
        return decimal(QUANTITY_TOLERANCE_PERCENT, "0");
    }

    /** Returns how many units the invoiced quantity may exceed the available one, when that is more than the percentage allows. */
    public BigDecimal quantityToleranceAbsolute() {
        return decimal(QUANTITY_TOLERANCE_ABSOLUTE, "0");
    }

    /**
     * Returns how far, in percent of the order's amount, a line net amount or a document-level
     * charge may exceed it, and an allowance fall short of it.
     */
    public BigDecimal lineAmountTolerancePercent() {
        return decimal(LINE_AMOUNT_TOLERANCE_PERCENT, "1");
    }

    /** Returns the same difference as an amount in the invoice currency; the larger of the two limits applies. */
    public BigDecimal lineAmountToleranceAbsolute() {
        return decimal(LINE_AMOUNT_TOLERANCE_ABSOLUTE, "1.00");
    }

    /** Returns how many percentage points the VAT rates of an invoice line and its order line may differ before the match reports it. */
    public BigDecimal vatRateTolerancePoints() {
        return decimal(VAT_RATE_TOLERANCE_POINTS, "0");
    }

    /** Groups of unit codes that a match takes for the same unit: codes separated by commas, groups by semicolons. */
    public String equivalentUnits() {
        return System.getProperty(EQUIVALENT_UNITS, "C62,H87,EA,PCE");
    }

    /**
     * Returns how long, in milliseconds, a match run waits for a row that another transaction has
     * locked before it fails, so the broker redelivers its request later.
     */
    public long matchLockTimeoutMillis() {
        String value = System.getProperty(MATCH_LOCK_TIMEOUT_MILLIS, "10000");
        long millis;
        try {
            millis = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalidLockTimeout(value, e);
        }
        if (millis <= 0) {
            throw invalidLockTimeout(value, null);
        }
        return millis;
    }

    private static IllegalStateException invalidLockTimeout(String value, NumberFormatException cause) {
        return new IllegalStateException("System property " + MATCH_LOCK_TIMEOUT_MILLIS
                + " must be a whole number of milliseconds above 0, such as 10000, not '" + value + "'", cause);
    }

    /**
     * Returns the largest inbound invoice body, in bytes, and the largest XML file a PDF invoice
     * may embed. WildFly's own max-post-size on the HTTP listener (10 MiB unless raised) applies first.
     */
    public long invoiceMaxBytes() {
        String value = System.getProperty(INVOICE_MAX_BYTES, String.valueOf(DEFAULT_INVOICE_MAX_BYTES));
        long bytes;
        try {
            bytes = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalidMaxBytes(value, e);
        }
        if (bytes <= 0) {
            throw invalidMaxBytes(value, null);
        }
        return bytes;
    }

    private static IllegalStateException invalidMaxBytes(String value, NumberFormatException cause) {
        return new IllegalStateException("System property " + INVOICE_MAX_BYTES
                + " must be a whole number of bytes above 0, such as 20971520, not '" + value + "'", cause);
    }

    /** Returns the largest file, in bytes, that a discussion message may carry: 5 MiB unless set. */
    public long discussionAttachmentMaxBytes() {
        String value = System.getProperty(DISCUSSION_ATTACHMENT_MAX_BYTES, String.valueOf(DEFAULT_DISCUSSION_ATTACHMENT_MAX_BYTES));
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes <= 0) {
                throw new NumberFormatException("not above 0");
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("System property " + DISCUSSION_ATTACHMENT_MAX_BYTES
                    + " must be a whole number of bytes above 0, such as 5242880, not '" + value + "'", e);
        }
    }

    /** Returns the portal's address as users reach it, without a trailing slash, for links in e-mails. */
    public String portalUrl() {
        String url = System.getProperty(PORTAL_URL, "http://localhost:8080/openprocure").strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Returns how often the server looks for approval steps due for a reminder or an escalation, as
     * an ISO-8601 duration. The delays themselves are in each approval rule set, so a reminder goes
     * out up to one interval after it falls due.
     */
    public Duration approvalFollowUpInterval() {
        String value = System.getProperty(APPROVAL_FOLLOW_UP_INTERVAL, "PT5M");
        try {
            Duration interval = Duration.parse(value.strip());
            if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException("System property " + APPROVAL_FOLLOW_UP_INTERVAL + " must be at least PT1S, not '" + value + "'");
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("System property " + APPROVAL_FOLLOW_UP_INTERVAL + " must be an ISO-8601 duration such as PT5M, not '"
                    + value + "'", e);
        }
    }

    /** Returns how many years an original invoice file is kept unchanged after it was stored: 10 unless set. */
    public int retentionYears() {
        String value = System.getProperty(RETENTION_YEARS, "10");
        try {
            int years = Integer.parseInt(value.strip());
            if (years < 1) {
                throw new NumberFormatException("below 1");
            }
            return years;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("System property " + RETENTION_YEARS + " must be a whole number of years, at least 1, such as 10, not '"
                    + value + "'", e);
        }
    }

    /**
     * Returns the waits before each retry of a failed webhook delivery, as ISO-8601 durations
     * separated by commas. A delivery is tried once plus once per delay, then marked failed.
     */
    public List<Duration> webhookRetryDelays() {
        String value = System.getProperty(WEBHOOK_RETRY_DELAYS, "PT1M,PT5M,PT30M,PT2H,PT12H");
        List<Duration> delays = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                Duration delay = Duration.parse(part.strip());
                if (delay.isNegative() || delay.isZero()) {
                    throw new DateTimeParseException("not positive", part, 0);
                }
                delays.add(delay);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("System property " + WEBHOOK_RETRY_DELAYS
                        + " must list positive ISO-8601 durations separated by commas, such as PT1M,PT5M, not '" + value + "'", e);
            }
        }
        return List.copyOf(delays);
    }

    /** Returns the wait before the second attempt at an outbound delivery; each later wait doubles, up to six hours. */
    public Duration outboundFirstRetry() {
        return Duration.ofSeconds(Math.max(1, decimal(OUTBOUND_FIRST_RETRY_SECONDS, "60").longValue()));
    }

    /** Returns how many attempts an outbound delivery gets before it is marked failed, at least 1. */
    public int outboundMaxAttempts() {
        return Math.max(1, decimal(OUTBOUND_MAX_ATTEMPTS, "8").intValue());
    }

    private static BigDecimal decimal(String property, String defaultValue) {
        String value = System.getProperty(property, defaultValue);
        try {
            return Inputs.requireNotNegative(new BigDecimal(value.strip()), property);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("System property " + property + " must be a decimal number such as "
                    + defaultValue + ", not '" + value + "'", e);
        }
    }
}
