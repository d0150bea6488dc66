package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MatchExplanationsTest {

    @Test
    void plainFiguresForApi() {
        assertEquals("4.6", MatchExplanations.plain(new BigDecimal("4.600000"), null));
        assertEquals("1200", MatchExplanations.plain(new BigDecimal("1.2E+3"), null));
        assertEquals("1234.50", MatchExplanations.amount(new BigDecimal("1234.500000"), null));
        assertEquals("0.125", MatchExplanations.amount(new BigDecimal("0.125"), null));
    }

    @Test
    void frenchFiguresForPages() {
        assertEquals("4,6", MatchExplanations.plain(new BigDecimal("4.600000"), Locale.FRENCH));
        assertEquals("0,50", MatchExplanations.amount(new BigDecimal("0.5"), Locale.FRENCH));
        assertEquals("20", MatchExplanations.plain(new BigDecimal("20.00"), Locale.FRENCH));
    }

    @Test
    void englishFiguresForPages() {
        assertEquals("1,234.50", MatchExplanations.amount(new BigDecimal("1234.5"), Locale.ENGLISH));
        assertEquals("4.6", MatchExplanations.plain(new BigDecimal("4.60"), Locale.ENGLISH));
    }

    @Test
    void missingFigureIsQuestionMark() {
        assertEquals("?", MatchExplanations.plain(null, Locale.FRENCH));
        assertEquals("?", MatchExplanations.amount(null, null));
    }
}
