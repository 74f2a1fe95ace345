package kz.ustau.web;

import java.util.List;

/**
 * One page of a long list on the page (issue 21: a month of 50,000 debtors, a registry of 50,000 writs): a hundred
 * rows, the page asked for ({@code ?page=N}) kept within the list, the first when it is not a number.
 */
record Paged<T>(List<T> all, int page, int pages) {
    /** Rows on one page. */
    static final int ROWS = 100;

    static <T> Paged<T> of(List<T> all, String asked) {
        int pages = Math.max(1, (all.size() + ROWS - 1) / ROWS);
        int page;
        try {
            page = asked == null ? 1 : Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new Paged<>(all, Math.min(pages, Math.max(1, page)), pages);
    }

    List<T> rows() {
        return all.subList((page - 1) * ROWS, last());
    }

    /** The first row shown, counted from 1 (0 when there is none). */
    int first() {
        return all.isEmpty() ? 0 : (page - 1) * ROWS + 1;
    }

    int last() {
        return Math.min(all.size(), page * ROWS);
    }

    /** «2/3», or nothing when everything is on one page. */
    String said() {
        return pages == 1 ? "" : page + "/" + pages;
    }

    /**
     * The link to the page before ({@code -1}) or after ({@code +1}) on {@code path} with the search's URL parameter
     * ({@code q=…} or {@code s=KEY}, issue 19), or nothing.
     */
    String link(String path, String searchParam, int step) {
        return link(path, "page", searchParam, step);
    }

    /**
     * The same with the page's own parameter {@code name}: a page with two long lists (the deadlines' transfers and
     * letters) pages each on its own, {@code others} keeping the other list where it was.
     */
    String link(String path, String name, String others, int step) {
        int to = page + step;
        if (to < 1 || to > pages) {
            return "";
        }
        return path + "?" + name + "=" + to + (others.isEmpty() ? "" : "&" + others);
    }
}
