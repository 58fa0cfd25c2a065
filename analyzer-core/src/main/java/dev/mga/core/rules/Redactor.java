package dev.mga.core.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text that goes into a report: OpenShift OAuth tokens
 * ({@code sha256~…}), bearer tokens, {@code password:}/{@code token:}/{@code secret:} values,
 * and the password of basic-auth URLs. Applied to every excerpt and summary.
 */
public final class Redactor {

    public static final String MASK = "<redacted>";

    private static final Pattern OAUTH = Pattern.compile("sha256~[A-Za-z0-9_\\-]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\\b(?:password|passwd|token|secret|client[-_]?secret|api[-_]?key)\\b[\"']?\\s*[:=]\\s*[\"']?)([^\\s\"',}&]+)");
    private static final Pattern URL_USERINFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.\\-]*://[^/\\s:@]+:)[^/\\s@]+@");

    private Redactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = OAUTH.matcher(text).replaceAll("sha256~" + MASK);
        s = BEARER.matcher(s).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        s = URL_USERINFO.matcher(s).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        s = KEY_VALUE.matcher(s).replaceAll(m -> m.group(2).equals(MASK) || m.group(2).startsWith("sha256~")
                ? Matcher.quoteReplacement(m.group(0))
                : Matcher.quoteReplacement(m.group(1) + MASK));
        return s;
    }
}
