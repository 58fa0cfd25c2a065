package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.model.klog.KlogCounts;
import dev.mga.core.model.klog.KlogEntry;
import dev.mga.core.model.klog.KlogFormat;
import dev.mga.core.model.klog.KlogLogSource;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.model.klog.KlogMessageCount;
import dev.mga.core.model.klog.KlogSeverity;
import dev.mga.core.source.EntryNames;
import dev.mga.core.spi.ParseInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the entries of one log as they stream by and keeps, for at most {@link #MAX_MESSAGES}
 * distinct error messages, their count and first and last occurrence; the rest are only counted.
 */
public final class KlogSummaryBuilder implements KlogReader.Sink {

    static final int MAX_MESSAGES = 500;
    static final int TOP = 10;
    private static final int MAX_KEY = 160;
    static final int MAX_TEXT = 2000;

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private long infos;
    private long warnings;
    private long errors;
    private long fatals;
    private long distinct;
    private long seen;
    private boolean sawText;
    private boolean sawJson;

    private static final class Group {
        KlogSeverity severity;
        String message;
        String source;
        long count;
        String firstTime;
        String lastTime;
        Location first;
        Location last;
        String excerpt;
    }

    /** A summary only counts INFO entries: the reader need not decode them. */
    @Override
    public boolean countsInfoOnly() {
        return true;
    }

    @Override
    public void infoCounted() {
        seen++;
        infos++;
        sawText = true;
    }

    @Override
    public void accept(KlogLine line) {
        seen++;
        if (line.json != null) {
            sawJson = true;
        } else {
            sawText = true;
        }
        switch (line.severity()) {
            case INFO -> infos++;
            case WARNING -> warnings++;
            case ERROR -> errors++;
            case FATAL -> fatals++;
            default -> { }
        }
        if (line.severity().isError()) {
            error(line);
        }
    }

    private void error(KlogLine line) {
        KlogEntry e = line.toSummaryEntry();
        String key = e.structured() ? cut(e.message()) : normalise(e.message());
        Group g = groups.get(key);
        if (g == null) {
            distinct++;
            if (groups.size() >= MAX_MESSAGES) {
                return;
            }
            g = new Group();
            g.message = key;
            g.severity = e.severity();
            g.source = e.source();
            g.firstTime = e.time();
            g.first = e.location();
            g.excerpt = cut(e.excerpt());
            groups.put(key, g);
        }
        g.count++;
        g.lastTime = e.time();
        g.last = e.location();
        if (e.severity() == KlogSeverity.FATAL) {
            g.severity = KlogSeverity.FATAL;
        }
    }

    /** Kept messages and excerpts are cut: {@link #MAX_MESSAGES} of them, each up to a line long, would be gigabytes. */
    static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    /** Numbers become {@code #} so that "took 1234ms" and "took 99ms" are one message. */
    static String normalise(String message) {
        StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_KEY));
        boolean inNumber = false;
        for (int i = 0; i < message.length() && b.length() < MAX_KEY; i++) {
            char c = message.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inNumber) {
                    b.append('#');
                }
                inNumber = true;
            } else {
                inNumber = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The summary of everything seen. */
    public KlogLogSummary build(ParseInput input, KlogReader reader) {
        String path = input.entry().detectName();
        PodLogPath where = PodLogPath.of(path);
        List<KlogMessageCount> top = new ArrayList<>();
        for (Group g : groups.values()) {
            top.add(new KlogMessageCount(g.severity, g.message, g.source, g.count, g.firstTime, g.lastTime, g.first,
                    g.excerpt, g.last));
        }
        top.sort(Comparator.comparingLong(KlogMessageCount::count).reversed());
        KlogFormat format = sawJson && sawText ? KlogFormat.MIXED : sawJson ? KlogFormat.JSON
                : sawText ? KlogFormat.TEXT : KlogFormat.NONE;
        KlogLogSource source = new KlogLogSource(where.namespace(), where.pod(), where.container(),
                where.component(EntryNames.fileName(path)), where.previous(),
                input.host().isEmpty() ? reader.envelopeHost() : input.host());
        KlogCounts counts = new KlogCounts(reader.lines(), reader.entries(), infos, warnings, errors, fatals,
                reader.otherLines());
        return new KlogLogSummary(source, format, counts, reader.firstTime(), reader.lastTime(),
                top.subList(0, Math.min(TOP, top.size())), distinct, input.location(0));
    }

    public boolean isEmpty() {
        return seen == 0;
    }
}
