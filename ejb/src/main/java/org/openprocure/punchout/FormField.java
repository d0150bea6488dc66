package org.openprocure.punchout;

/** One name and value of a posted HTML form, decoded. */
public record FormField(String name, String value) {
}
