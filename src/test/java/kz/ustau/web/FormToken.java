package kz.ustau.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The synchronizer token a page's forms carry (issue 19), read from the page as a browser would submit it. */
final class FormToken {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"");

    private FormToken() {}

    static String of(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the page has no form token");
        }
        return m.group(1);
    }
}
