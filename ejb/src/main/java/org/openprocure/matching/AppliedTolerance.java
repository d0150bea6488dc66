package org.openprocure.matching;

/**
 * The tolerances a match applied, with where they came from, so that a result explains itself.
 *
 * @param category the purchase category whose tolerances applied, or null when the source is not {@link ToleranceSource#CATEGORY}
 */
public record AppliedTolerance(ToleranceSource source, String category, MatchTolerance values) {
}
