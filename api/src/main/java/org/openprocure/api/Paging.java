package org.openprocure.api;

import org.openprocure.shared.InvalidInputException;

/** Page and size query parameters of list endpoints: pages count from 0 and hold at most {@value #MAX_SIZE} items. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    /** Reads the raw query parameters, so a value that is not a whole number gets a 400 that names it. */
    public static Paging of(String page, String size) {
        int checkedPage = parse("page", page, 0);
        int checkedSize = parse("size", size, 50);
        if (checkedPage < 0 || (long) checkedPage * MAX_SIZE > Integer.MAX_VALUE) {
            throw new InvalidInputException("error.paging.page", String.valueOf(checkedPage), String.valueOf(Integer.MAX_VALUE / MAX_SIZE));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            throw new InvalidInputException("error.paging.size", String.valueOf(checkedSize), String.valueOf(MAX_SIZE));
        }
        return new Paging(checkedPage, checkedSize);
    }

    private static int parse(String parameter, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.paging.notNumber", parameter, value);
        }
    }

    public int first() {
        return page * size;
    }
}
