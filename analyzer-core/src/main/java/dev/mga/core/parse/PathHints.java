package dev.mga.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an entry's path says about where it was captured: the node of a must-gather
 * ({@code .../nodes/<node>/...}) or the host of a sosreport ({@code sosreport-<host>-<case>-<date>...}).
 */
public final class PathHints {

    private static final Pattern NODES = Pattern.compile("(?:^|/)nodes/([^/!]+)/");
    private static final Pattern SOSREPORT = Pattern.compile(
            "(?:^|/)sosreport-(.+?)(?:-\\d+)?-(?:\\d{4}-\\d{2}-\\d{2}|\\d{8})-[A-Za-z0-9]+(?:\\.tar[^/]*)?(?:!)?/");
    private static final Pattern HOST_DIR = Pattern.compile("(?:^|/)(?:hosts?|hostname)/([^/!]+)/");

    private PathHints() {
    }

    /** The host or node the path names, or an empty string. */
    public static String host(String path) {
        Matcher m = NODES.matcher(path);
        if (m.find()) {
            return m.group(1);
        }
        m = SOSREPORT.matcher(path);
        if (m.find()) {
            return m.group(1);
        }
        m = HOST_DIR.matcher(path);
        return m.find() ? m.group(1) : "";
    }
}
