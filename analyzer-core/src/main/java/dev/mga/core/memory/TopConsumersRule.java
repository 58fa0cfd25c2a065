package dev.mga.core.memory;

import dev.mga.core.model.memory.TopProcess;
import dev.mga.core.model.memory.TopSnapshot;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code memory.top-consumers}: per host, the tasks holding the most resident memory in the last
 * {@code top} snapshot of that host, with their share of physical memory. Code because it ranks
 * rows and writes one line per process.
 */
public final class TopConsumersRule implements Rule {

    private static final RuleParameter<Long> PROCESSES = RuleParameter.integer("processes");

    /** Full command lines ({@code top -c}) are cut in the summary; the evidence keeps the whole row. */
    private static final int MAX_COMMAND = 40;


    @Override
    public void evaluate(RuleContext ctx) {
        int count = ctx.param(PROCESSES).intValue();
        Map<String, TopSnapshot> lastByHost = new LinkedHashMap<>();
        for (TopSnapshot s : ctx.model().all(TopSnapshot.class)) {
            if (!s.processes().isEmpty()) {
                lastByHost.put(s.host(), s);
            }
        }
        for (TopSnapshot s : lastByHost.values()) {
            List<TopProcess> top = s.processes().subList(0, Math.min(count, s.processes().size()));
            List<String> parts = new ArrayList<>();
            for (TopProcess p : top) {
                parts.add(describe(p));
            }
            String total = s.memoryTotalBytes() > 0 ? " of " + Units.readable(s.memoryTotalBytes()) : "";
            String summary = String.format(Locale.ROOT, "%s: most resident memory in top at %s%s: %s.",
                    s.host().isEmpty() ? "This host" : s.host(), s.time(), total, String.join("; ", parts));
            RuleContext.FindingBuilder f = ctx.finding().summary(summary).subject("host", s.host())
                    .figure("processes", top.size());
            if (s.memoryTotalBytes() > 0) {
                f.figure("memTotalBytes", s.memoryTotalBytes());
            }
            if (!top.isEmpty() && top.get(0).memPercent() >= 0) {
                f.figure("largestMemShare", top.get(0).memPercent() / 100);
            }
            top.forEach(p -> f.evidence(p, p.excerpt()));
            f.report();
        }
    }

    /** {@code kube-ap+ (pid 1018800, name cut by top) RES 1.7g, 10.5%}. */
    private static String describe(TopProcess p) {
        String res = p.fields().getOrDefault("RES", "");
        String resText = res.isEmpty() ? "" : " RES " + res + (Character.isDigit(res.charAt(res.length() - 1)) ? " KiB" : "");
        String share = p.memPercent() >= 0 ? String.format(Locale.ROOT, ", %.1f%% of memory", p.memPercent()) : "";
        String command = p.command().length() > MAX_COMMAND ? p.command().substring(0, MAX_COMMAND) + "…" : p.command();
        return String.format(Locale.ROOT, "%s (pid %d%s)%s%s", command, p.pid(),
                p.commandCut() ? ", name cut by top" : "", resText, share);
    }
}
