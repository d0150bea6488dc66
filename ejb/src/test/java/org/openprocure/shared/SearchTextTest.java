package org.openprocure.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void patternMatchesAnywhereInLowerCase() {
        assertEquals("%bureau fournitures%", SearchText.containing("  Bureau Fournitures "));
    }

    @Test
    void wildcardsMatchedLiterally() {
        assertEquals("%50!%%", SearchText.containing("50%"));
        assertEquals("%po!_1%", SearchText.containing("PO_1"));
        assertEquals("%a!!b%", SearchText.containing("a!b"));
    }

    @Test
    void blankTextIsAbsent() {
        assertFalse(SearchText.isPresent(null));
        assertFalse(SearchText.isPresent("   "));
        assertTrue(SearchText.isPresent(" x "));
    }
}
