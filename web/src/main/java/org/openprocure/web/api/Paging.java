package org.openprocure.web.api;

import org.openprocure.shared.InvalidInputException;

/** Page and size query parameters of list endpoints: pages count from 0 and hold at most {@value #MAX_SIZE} items. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? 50 : size;
        if (checkedPage < 0 || (long) checkedPage * MAX_SIZE > Integer.MAX_VALUE) {
            throw new InvalidInputException("error.paging.page", String.valueOf(checkedPage), String.valueOf(Integer.MAX_VALUE / MAX_SIZE));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            throw new InvalidInputException("error.paging.size", String.valueOf(checkedSize), String.valueOf(MAX_SIZE));
        }
        return new Paging(checkedPage, checkedSize);
    }

    public int first() {
        return page * size;
    }
}
