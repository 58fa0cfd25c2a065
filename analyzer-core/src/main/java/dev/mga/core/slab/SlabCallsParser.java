package dev.mga.core.slab;

import dev.mga.core.model.Location;
import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.source.EntryNames;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
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
    private static final Pattern CACHE_IN_COMMAND = Pattern.compile("/slab/([^/\\s]+)/((?:alloc|free)_(?:calls|traces))(?:\\s|$)");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        GrammarHolder grammar = new GrammarHolder();
        Lines lines = input.lines();
        Listing listing = new Listing(input);
        long bytes = 0;
        while (lines.advance()) {
            if (!lines.isContent()) {
                if (lines.isPrompt()) {
                    // a prompt above the listing; 'cat /sys/kernel/slab/<cache>/alloc_calls' names the cache
                    Matcher m = CACHE_IN_COMMAND.matcher(lines.command());
                    if (m.find()) {
                        listing.commands++;
                        listing.commandCache = m.group(1);
                        listing.commandFile = m.group(2);
                    }
                }
                continue;
            }
            long n = lines.lineNumber();
            bytes += lines.length() + 1;
            if (lines.lastWasCut()) {
                context.diagnostic(n, "line longer than " + input.maxLineLength() + " characters, cut");
            }
            // The usual lines are read from the reader's bytes; anything else is decoded and read below.
            byte[] b = lines.bytes();
            int from = lines.start();
            int end = from + lines.length();
            int p = from;
            while (p < end && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p < end && b[p] >= '0' && b[p] <= '9') {
                CallSiteLineParser.Parsed fast = listing.scanner.callSite(b, from, end - from);
                if (fast != null) {
                    listing.site(fast, n, lines);
                    continue;
                }
            } else if (p > from && p < end && listing.inSite()) {
                CodeLocation fast = listing.scanner.frame(b, from, end - from);
                if (fast != null) {
                    listing.frame(fast);
                    continue;
                }
            }
            String line = lines.string();
            int start = firstNonBlank(line);
            if (start == line.length()) {
                continue;
            }
            if (line.startsWith("No data", start) && line.strip().equals("No data")) {
                listing.noData = true;
            } else if (startsWithCount(line, start)) {
                try {
                    listing.site(grammar.callSite(line.strip()), n, lines);
                } catch (CallSiteLineParser.SyntaxError e) {
                    listing.endSite();
                    context.diagnostic(n, "not a call-site line (expected 'COUNT symbol+0xOFF/0xSIZE age=… pid=…'): "
                            + e.getMessage());
                }
            } else if (listing.inSite() && Character.isWhitespace(line.charAt(0))) {
                try {
                    listing.frame(grammar.frame(line.strip()));
                } catch (CallSiteLineParser.SyntaxError e) {
                    context.diagnostic(n, "not a stack frame (expected an indented 'symbol+0xOFF/0xSIZE'): " + e.getMessage());
                }
            } else {
                context.diagnostic(n, "not a call-site line (expected 'COUNT symbol+0xOFF/0xSIZE age=… pid=…' or 'No data')");
            }
        }
        listing.endSite();
        listing.emit(context, bytes);
    }

    /** What one listing has gathered so far: the site being read, the kept sites, the totals. */
    private static final class Listing {
        private final ParseInput input;
        final CallSiteScanner scanner = new CallSiteScanner();
        private final LargestSites sites = new LargestSites(MAX_SITES);
        private final CallerTally callers = new CallerTally();
        private final List<CodeLocation> frames = new ArrayList<>();
        private CallSiteLineParser.Parsed current;
        private boolean currentWanted;
        private long currentLine;
        private String currentText;
        boolean noData;
        /** The cache and file the command typed above the listing names, if any. */
        String commandCache;
        String commandFile;
        /** How many commands named a listing: with more than one, this reader has merged them (cache unknown). */
        int commands;
        private boolean traces;
        private boolean ascending = true;
        private long previous = Long.MIN_VALUE;
        private long total;
        private long count;

        Listing(ParseInput input) {
            this.input = input;
        }

        boolean inSite() {
            return current != null;
        }

        /** Starts a site; its line is decoded only when the site will be kept (the evidence text). */
        void site(CallSiteLineParser.Parsed p, long line, Lines lines) {
            endSite();
            current = p;
            currentLine = line;
            currentWanted = sites.wants(p.count());
            currentText = currentWanted ? lines.excerpt() : null; // the capture's bytes (a wrapped site: its first line)
            total = total + p.count() < 0 ? Long.MAX_VALUE : total + p.count(); // held, never wrapped
            count++;
            callers.add(p.caller(), p.count());
            ascending &= p.count() >= previous;
            previous = p.count();
        }

        void frame(CodeLocation frame) {
            if (frames.size() < MAX_FRAMES) {
                frames.add(frame);
            }
            traces = true;
        }

        /** Hands the site being read, with its frames, to the keeper when it wants it. */
        void endSite() {
            if (current != null && currentWanted) {
                sites.add(new LargestSites.Kept(current, currentLine, currentText,
                        frames.isEmpty() ? List.of() : List.copyOf(frames)));
            }
            current = null;
            currentText = null;
            frames.clear();
        }

        void emit(ParseContext context, long bytes) {
            if (sites.dropped() > 0) {
                context.diagnostic(0, count + " call sites: the " + MAX_SITES + " largest are kept, the other "
                        + sites.dropped() + " are counted in the totals only");
            }
            if (sites.isEmpty() && !noData) {
                return;
            }
            // each kept site's record is built here, once, now that its share is known
            List<LargestSites.Kept> kept = sites.inOrder();
            List<SlabCallSite> withShares = new ArrayList<>(kept.size());
            for (LargestSites.Kept k : kept) {
                CallSiteLineParser.Parsed p = k.site();
                withShares.add(new SlabCallSite(p.count(), p.caller(), p.wasteBytes(), p.wasteEach(), p.ageMin(),
                        p.ageAvg(), p.ageMax(), p.pidMin(), p.pidMax(), p.cpus(), p.nodes(), k.frames(),
                        total == 0 ? 0 : (double) p.count() / total, input.location(k.line()), k.text()));
            }
            String file = EntryNames.fileName(input.entry().detectName());
            String cache = cache(input);
            if (cache.equals("unknown") && commands == 1) {
                cache = commandCache;
                file = commandFile;
            }
            boolean tracesFormat = traces || file.endsWith("_traces");
            boolean tailOnly = count > 1 && ascending;
            context.emit(new SlabCallSiteListing(cache, file.startsWith("free") ? "free" : "alloc",
                    tracesFormat ? "traces" : "calls", input.host(), withShares, total, noData, tailOnly,
                    !tracesFormat && !tailOnly && bytes >= ONE_PAGE_LISTING,
                    callers.largest(SlabCallSiteListing.MAX_CALLERS, total), 0, input.location(0)));
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

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWithCount(String line, int start) {
        int i = start;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > start && i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t');
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
