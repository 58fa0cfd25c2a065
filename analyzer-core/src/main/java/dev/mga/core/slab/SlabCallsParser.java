package dev.mga.core.slab;

import dev.mga.core.model.Location;
import dev.mga.core.parse.ArtifactParser;
import dev.mga.core.parse.LineReader;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import dev.mga.core.source.EntryNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a SLUB call-site listing into one {@link SlabCallSiteListing}: sysfs
 * {@code alloc_calls}/{@code free_calls} (one line a site), debugfs
 * {@code alloc_traces}/{@code free_traces} (a site line, its indented stack frames, a blank line),
 * {@code No data}, and either of them already cut by {@code sort -n | tail}. Lines that are
 * neither produce a diagnostic saying what was expected, and parsing goes on.
 */
public final class SlabCallsParser implements ArtifactParser {

    /** Option naming the cache when the path does not ({@code --option slab.cache=kmalloc-32}). */
    public static final String CACHE_OPTION = "slab.cache";

    /**
     * Kernels before 5.16 stop writing a sysfs listing once it passes one page minus a symbol's
     * room (mm/slub.c list_locations: PAGE_SIZE - KSYM_SYMBOL_LEN - 100, about 3.7 KB on x86_64),
     * with no marker; a listing that long was most probably cut.
     */
    static final int ONE_PAGE_LISTING = 3700;
    /** Sites kept per listing, the largest ones; the others are counted in the totals only. */
    static final int MAX_SITES = 10_000;
    /** Frames kept per site: the kernel records at most 16 (TRACK_ADDRS_COUNT). */
    static final int MAX_FRAMES = 64;

    private static final Pattern CACHE_IN_PATH = Pattern.compile("(?:^|/)slab/([^/]+)/(?:alloc|free)_(?:calls|traces)$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        GrammarHolder grammar = new GrammarHolder();
        LineReader lines = input.lines();
        LargestSites sites = new LargestSites(MAX_SITES);
        CallerTally callers = new CallerTally();
        List<CodeLocation> frames = new ArrayList<>();
        CallSiteLineParser.Parsed current = null;
        long currentLine = 0;
        String currentText = null;
        boolean noData = false;
        boolean traces = false;
        boolean ascending = true;
        long previous = Long.MIN_VALUE;
        long total = 0;
        long count = 0;
        long bytes = 0;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            bytes += line.length() + 1;
            if (lines.lastWasCut()) {
                context.diagnostic(n, "line longer than " + input.maxLineLength() + " characters, cut");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("No data")) {
                noData = true;
                continue;
            }
            if (startsWithCount(trimmed)) {
                if (current != null) {
                    keep(sites, current, frames, input.location(currentLine), currentText);
                }
                frames.clear();
                try {
                    CallSiteLineParser.Parsed fast = CallSiteScanner.scan(trimmed);
                    current = fast != null ? fast : grammar.callSite(trimmed);
                    currentLine = n;
                    currentText = line;
                    total = total + current.count() < 0 ? Long.MAX_VALUE : total + current.count(); // held, never wrapped
                    count++;
                    callers.add(current.caller(), current.count());
                    ascending &= current.count() >= previous;
                    previous = current.count();
                } catch (CallSiteLineParser.SyntaxError e) {
                    current = null;
                    context.diagnostic(n, "not a call-site line (expected 'COUNT symbol+0xOFF/0xSIZE age=… pid=…'): "
                            + e.getMessage());
                }
            } else if (current != null && Character.isWhitespace(line.charAt(0))) {
                try {
                    CodeLocation fast = CallSiteScanner.frame(trimmed);
                    CodeLocation frame = fast != null ? fast : grammar.frame(trimmed);
                    if (frames.size() < MAX_FRAMES) {
                        frames.add(frame);
                    }
                    traces = true;
                } catch (CallSiteLineParser.SyntaxError e) {
                    context.diagnostic(n, "not a stack frame (expected an indented 'symbol+0xOFF/0xSIZE'): " + e.getMessage());
                }
            } else {
                context.diagnostic(n, "not a call-site line (expected 'COUNT symbol+0xOFF/0xSIZE age=… pid=…' or 'No data')");
            }
        }
        if (current != null) {
            keep(sites, current, frames, input.location(currentLine), currentText);
        }
        if (sites.dropped() > 0) {
            context.diagnostic(0, count + " call sites: the " + MAX_SITES + " largest are kept, the other " + sites.dropped()
                    + " are counted in the totals only");
        }
        if (sites.isEmpty() && !noData) {
            return;
        }
        List<SlabCallSite> withShares = new ArrayList<>(MAX_SITES);
        for (SlabCallSite s : sites.inOrder()) {
            withShares.add(s.withShare(total));
        }
        String path = input.entry().detectName();
        String file = EntryNames.fileName(path);
        boolean tracesFormat = traces || file.endsWith("_traces");
        boolean tailOnly = count > 1 && ascending;
        context.emit(new SlabCallSiteListing(cache(input), file.startsWith("free") ? "free" : "alloc",
                tracesFormat ? "traces" : "calls", input.host(), withShares, total, noData, tailOnly,
                !tracesFormat && !tailOnly && bytes >= ONE_PAGE_LISTING, callers.largest(SlabCallSiteListing.MAX_CALLERS, total), input.location(0)));
    }

    /** Offers the finished site to the keeper, building the record only when it is kept. */
    private static void keep(LargestSites sites, CallSiteLineParser.Parsed p, List<CodeLocation> frames, Location at, String text) {
        if (sites.wants(p.count())) {
            sites.add(site(p, frames, at, text));
        }
    }

    /** The cache: the folder above the file in a sysfs or debugfs path, else the option, else "unknown". */
    static String cache(ParseInput input) {
        Matcher m = CACHE_IN_PATH.matcher(input.entry().detectName());
        if (m.find()) {
            return m.group(1);
        }
        return input.option(CACHE_OPTION).orElse("unknown");
    }

    private static boolean startsWithCount(String trimmed) {
        int i = 0;
        while (i < trimmed.length() && Character.isDigit(trimmed.charAt(i))) {
            i++;
        }
        return i > 0 && i < trimmed.length() && (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '\t');
    }

    private static SlabCallSite site(CallSiteLineParser.Parsed p, List<CodeLocation> frames, Location at, String text) {
        return new SlabCallSite(p.count(), p.caller(), p.wasteBytes(), p.wasteEach(), p.ageMin(), p.ageAvg(), p.ageMax(),
                p.pidMin(), p.pidMax(), p.cpus(), p.nodes(), frames, 0, at, text);
    }

    /** Creates the grammar parser only for the first line the fast scanner leaves to it. */
    private static final class GrammarHolder {
        private CallSiteLineParser parser;

        CallSiteLineParser.Parsed callSite(String line) throws CallSiteLineParser.SyntaxError {
            return get().callSite(line);
        }

        CodeLocation frame(String line) throws CallSiteLineParser.SyntaxError {
            return get().frame(line);
        }

        private CallSiteLineParser get() {
            if (parser == null) {
                parser = new CallSiteLineParser();
            }
            return parser;
        }
    }
}
