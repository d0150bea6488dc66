package org.openprocure.purchasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups of unit codes that count as the same unit, such as C62 (one), H87 (piece), EA (each) and
 * PCE, which suppliers use for the same thing. Units of different groups never compare: no
 * quantity is converted.
 */
public final class UnitEquivalence {

    /** No unit equals another code. */
    public static final UnitEquivalence NONE = new UnitEquivalence(List.of());

    private final List<Set<String>> groups;

    private UnitEquivalence(List<Set<String>> groups) {
        this.groups = groups;
    }

    /**
     * Reads groups written as codes separated by commas, groups separated by semicolons, such as
     * "C62,H87,EA,PCE;KGM,KG". Blank text means no equivalence.
     */
    public static UnitEquivalence parse(String text) {
        List<Set<String>> groups = new ArrayList<>();
        if (text != null) {
            for (String group : text.split(";")) {
                Set<String> codes = new HashSet<>();
                for (String code : group.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip().toUpperCase(Locale.ROOT));
                    }
                }
                if (codes.size() > 1) {
                    groups.add(Set.copyOf(codes));
                }
            }
        }
        return new UnitEquivalence(List.copyOf(groups));
    }

    /** Tells whether the two codes name the same unit: equal, or in one group. */
    public boolean same(String first, String second) {
        if (first.equals(second)) {
            return true;
        }
        return groups.stream().anyMatch(group -> group.contains(first) && group.contains(second));
    }
}
