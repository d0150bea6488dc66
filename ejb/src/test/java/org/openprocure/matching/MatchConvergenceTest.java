package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openprocure.aftersales.ReturnRemedy;
import org.openprocure.aftersales.ReturnSettlement;

/**
 * Replays the documents of one order line in every order of arrival and checks that the matches
 * and the statuses of returns end the same. The ledger below re-runs matches exactly when the
 * product does. A document is matched when it arrives. A confirmation, receipt or return re-matches
 * every document of the order and settles its returns, and so does a credit note once it is
 * linked. Invoices keep their relative order in each replay, because the product ranks invoices by
 * arrival: of two invoices for the same receipt, the later one is the one over the receipt. A return
 * never arrives before receipts that accepted its quantity, because the product rejects it then.
 */
class MatchConvergenceTest {

    private static final ThreeWayMatchPolicy POLICY = new ThreeWayMatchPolicy(MatchTolerance.EXACT);

    private interface Event {
    }

    private record Confirmation(String quantity) implements Event {
    }

    private record Receipt(String received, String rejected) implements Event {
    }

    private record Invoice(String name, String quantity) implements Event {
    }

    private record CreditNote(String name, String quantity) implements Event {
    }

    private record Return(String name, String quantity, ReturnRemedy remedy) implements Event {
    }

    @Test
    void creditNoteFreesQuantityWhateverItsArrival() {
        assertConverges(List.of(new Confirmation("10"), new Receipt("10", "0"), new Invoice("A", "10"), new CreditNote("C", "3"),
                new Invoice("B", "3")), Map.of("A", "MATCHED", "B", "MATCHED", "C", "MATCHED"));
    }

    @Test
    void receiptsInTwoPartsMatchTwoInvoices() {
        assertConverges(List.of(new Invoice("A", "5"), new Receipt("5", "0"), new Receipt("5", "0"), new Invoice("B", "5")),
                Map.of("A", "MATCHED", "B", "MATCHED"));
    }

    @Test
    void rejectedQuantityIsNotPaidInAnyOrder() {
        assertConverges(List.of(new Receipt("10", "2"), new Invoice("A", "10"), new Confirmation("10")),
                Map.of("A", "DISCREPANCY QUANTITY_OVER_RECEIPT"));
    }

    @Test
    void secondInvoiceForOneReceiptIsTheDiscrepancy() {
        assertConverges(List.of(new Receipt("6", "0"), new Invoice("A", "6"), new Invoice("B", "6"), new CreditNote("C", "2")),
                Map.of("A", "MATCHED", "B", "DISCREPANCY QUANTITY_OVER_RECEIPT", "C", "MATCHED"));
    }

    @Test
    void creditBeyondWhatWasBilledIsDiscrepancy() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "4"), new CreditNote("C", "5")),
                Map.of("A", "MATCHED", "C", "DISCREPANCY CREDIT_OVER_INVOICED"));
    }

    @Test
    void openReturnHoldsBackInvoicedQuantity() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.CREDIT_NOTE)),
                Map.of("A", "DISCREPANCY QUANTITY_OVER_RECEIPT", "R", "OPEN"));
    }

    @Test
    void creditNoteSettlesReturnWhateverItsArrival() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.CREDIT_NOTE),
                new CreditNote("C", "3")), Map.of("A", "MATCHED", "C", "MATCHED", "R", "CREDITED"));
    }

    @Test
    void creditedReturnIsNotInvoicedAgain() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.CREDIT_NOTE),
                new CreditNote("C", "3"), new Invoice("B", "3")),
                Map.of("A", "MATCHED", "B", "DISCREPANCY QUANTITY_OVER_ORDER", "C", "MATCHED", "R", "CREDITED"));
    }

    @Test
    void replacementReceiptRestoresQuantity() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.REPLACEMENT),
                new Receipt("3", "0")), Map.of("A", "MATCHED", "R", "REPLACED"));
    }

    @Test
    void replacementAwaitedHoldsBackQuantity() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.REPLACEMENT)),
                Map.of("A", "DISCREPANCY QUANTITY_OVER_RECEIPT", "R", "OPEN"));
    }

    @Test
    void replacedGoodsAreNotInvoicedAgain() {
        assertConverges(List.of(new Receipt("10", "0"), new Invoice("A", "10"), new Return("R", "3", ReturnRemedy.REPLACEMENT),
                new Receipt("3", "0"), new Invoice("B", "3")),
                Map.of("A", "MATCHED", "B", "DISCREPANCY QUANTITY_OVER_ORDER", "R", "REPLACED"));
    }

    /**
     * Replays every order of arrival that keeps invoices and credit notes in their given order and
     * brings no return before its goods, and checks each final result.
     */
    private static void assertConverges(List<Event> events, Map<String, String> expected) {
        int replays = 0;
        for (List<Event> order : permutations(events)) {
            if (!keepsDocumentOrder(order, events) || !receivesBeforeReturning(order)) {
                continue;
            }
            assertEquals(new TreeMap<>(expected), new TreeMap<>(new Ledger().replay(order)), "arrival order " + order);
            replays++;
        }
        assertEquals(true, replays > 1, "at least two orders of arrival were replayed");
    }

    private static boolean keepsDocumentOrder(List<Event> order, List<Event> scenario) {
        List<Event> documents = scenario.stream().filter(e -> e instanceof Invoice || e instanceof CreditNote).toList();
        return order.stream().filter(e -> e instanceof Invoice || e instanceof CreditNote).toList().equals(documents);
    }

    /** Tells whether every return finds enough accepted quantity not yet returned when it arrives. */
    private static boolean receivesBeforeReturning(List<Event> order) {
        BigDecimal left = BigDecimal.ZERO;
        for (Event event : order) {
            if (event instanceof Receipt receipt) {
                left = left.add(new BigDecimal(receipt.received())).subtract(new BigDecimal(receipt.rejected()));
            } else if (event instanceof Return claim) {
                left = left.subtract(new BigDecimal(claim.quantity()));
                if (left.signum() < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<List<Event>> permutations(List<Event> events) {
        if (events.size() <= 1) {
            return List.of(events);
        }
        List<List<Event>> result = new ArrayList<>();
        Set<Event> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (!seen.add(events.get(i))) {
                continue;
            }
            List<Event> rest = new ArrayList<>(events);
            Event first = rest.remove(i);
            for (List<Event> tail : permutations(rest)) {
                List<Event> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }

    /** One order line of 10 units at 4.20 and the documents that refer to it, matched as the product does. */
    private static final class Ledger {

        private BigDecimal expected = new BigDecimal("10");
        private BigDecimal received = BigDecimal.ZERO;
        private BigDecimal accepted = BigDecimal.ZERO;
        /** Documents by arrival rank: invoice quantities positive, credit note quantities as credited. */
        private final Map<String, Event> documents = new LinkedHashMap<>();
        /** Returns by posting rank, which is how the product settles them. */
        private final List<Return> returns = new ArrayList<>();
        private final Map<String, String> results = new LinkedHashMap<>();

        Map<String, String> replay(List<Event> order) {
            for (Event event : order) {
                if (event instanceof Confirmation confirmation) {
                    expected = new BigDecimal(confirmation.quantity());
                    matchAll();
                } else if (event instanceof Receipt receipt) {
                    received = received.add(new BigDecimal(receipt.received()));
                    accepted = accepted.add(new BigDecimal(receipt.received())).subtract(new BigDecimal(receipt.rejected()));
                    matchAll();
                } else if (event instanceof Invoice invoice) {
                    documents.put(invoice.name(), invoice);
                    match(invoice.name());
                } else if (event instanceof CreditNote creditNote) {
                    documents.put(creditNote.name(), creditNote);
                    matchAll();
                } else if (event instanceof Return claim) {
                    returns.add(claim);
                    matchAll();
                }
            }
            return results;
        }

        /** Re-matches every document and settles every return, as a change of the order does. */
        private void matchAll() {
            documents.keySet().forEach(this::match);
            ReturnSettlement settlement = settlement();
            for (int i = 0; i < returns.size(); i++) {
                Return claim = returns.get(i);
                boolean settled = settlement.settled(i).compareTo(new BigDecimal(claim.quantity())) >= 0;
                String done = claim.remedy() == ReturnRemedy.CREDIT_NOTE ? "CREDITED" : "REPLACED";
                results.put(claim.name(), settled ? done : "OPEN");
            }
        }

        /** Settles the returns as ReturnService does, from the counters of the line. */
        private ReturnSettlement settlement() {
            List<ReturnSettlement.Claim> claims = new ArrayList<>();
            for (int i = 0; i < returns.size(); i++) {
                claims.add(new ReturnSettlement.Claim(i, returns.get(i).remedy(), new BigDecimal(returns.get(i).quantity())));
            }
            return ReturnSettlement.of(claims, credited(null), accepted, expected);
        }

        private void match(String name) {
            Event document = documents.get(name);
            LineMatch line = document instanceof Invoice invoice
                    ? POLICY.match(facts(invoice.quantity()), orderLine(invoicedBefore(name)))
                    : POLICY.matchCredit(facts(((CreditNote) document).quantity()), orderLine(BigDecimal.ZERO), creditable(name));
            results.put(name, line.outcome() + (line.reason() == null ? "" : " " + line.reason()));
        }

        /** Invoices ranked before this one, less every credit that settles no return: the rule of MatchingService.invoicedBefore. */
        private BigDecimal invoicedBefore(String name) {
            BigDecimal invoiced = BigDecimal.ZERO;
            for (Map.Entry<String, Event> entry : documents.entrySet()) {
                if (entry.getKey().equals(name)) {
                    break;
                }
                if (entry.getValue() instanceof Invoice invoice) {
                    invoiced = invoiced.add(new BigDecimal(invoice.quantity()));
                }
            }
            return invoiced.subtract(credited(null).subtract(settlement().settledByCredit())).max(BigDecimal.ZERO);
        }

        /** Returns every invoice's quantity less the credit notes ranked before this one: the rule for a credit note line. */
        private BigDecimal creditable(String name) {
            BigDecimal billed = documents.values().stream().filter(Invoice.class::isInstance)
                    .map(e -> new BigDecimal(((Invoice) e).quantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
            return billed.subtract(credited(name)).max(BigDecimal.ZERO);
        }

        /** Credits ranked before the named document, or all of them when the name is null. */
        private BigDecimal credited(String before) {
            BigDecimal credited = BigDecimal.ZERO;
            for (Map.Entry<String, Event> entry : documents.entrySet()) {
                if (entry.getKey().equals(before)) {
                    break;
                }
                if (entry.getValue() instanceof CreditNote creditNote) {
                    credited = credited.add(new BigDecimal(creditNote.quantity()));
                }
            }
            return credited;
        }

        private LineFacts.InvoiceLine facts(String quantity) {
            return new LineFacts.InvoiceLine("1", new BigDecimal(quantity), "C62", new BigDecimal("4.20"), null, "EUR");
        }

        private LineFacts.OrderLine orderLine(BigDecimal invoicedBefore) {
            return new LineFacts.OrderLine("1", "C62", new BigDecimal("4.20"), BigDecimal.ONE, "EUR", expected, received, accepted,
                    invoicedBefore, settlement().withheldQuantity());
        }
    }
}
