package dev.mga.core.kernel;

import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.model.kube.MachineConfig;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kernel.slub-debug-on}: {@code slub_debug} on a kernel command line, or in a MachineConfig's kernel arguments
 * that puts it on every node of a role. Code because one host's command line is often captured twice (/proc/cmdline and
 * the boot log) and is reported once, and because a host whose slab call-site listings are in the same capture is
 * using the debugging (the seed's procedure), not leaving it on.
 */
public final class SlubDebugRule implements Rule {

    @Override
    public void evaluate(RuleContext ctx) {
        Map<String, KernelCommandLine> byHost = new LinkedHashMap<>();
        for (KernelCommandLine c : ctx.model().all(KernelCommandLine.class)) {
            if (!byHost.containsKey(c.host()) || c.source().equals("/proc/cmdline")) {
                byHost.put(c.host(), c);
            }
        }
        Set<String> tracing = new HashSet<>();
        for (SlabCallSiteListing l : ctx.model().all(SlabCallSiteListing.class)) {
            tracing.add(l.host());
        }
        for (KernelCommandLine c : byHost.values()) {
            List<String> values = on(c.values("slub_debug"));
            // with the call-site listings it produces in the same capture, the debugging is being used, not left on
            if (!values.isEmpty() && !tracing.contains(c.host())) {
                RuleContext.FindingBuilder f = ctx.finding();
                if (!c.host().isEmpty()) {
                    f.subject("host", c.host());
                }
                f.evidence(c, c.excerpt()).summary((c.host().isEmpty() ? "This host" : c.host())
                        + " booted with slub_debug" + shown(values) + " (" + c.source() + "): every allocation from the"
                        + " debugged slab caches pays for the tracking.").report();
            }
        }
        for (MachineConfig mc : ctx.model().all(MachineConfig.class)) {
            for (int i = 0; i < mc.kernelArguments().size(); i++) {
                String a = mc.kernelArguments().get(i);
                if (a.equals("slub_debug") || a.startsWith("slub_debug=") && !a.equals("slub_debug=-")) {
                    ResourceLine line = mc.argumentLines().get(i);
                    ctx.finding().subject("resource", "MachineConfig " + mc.name()).evidence(mc, mc.excerpt()).evidence(line, line.excerpt())
                            .summary("MachineConfig " + mc.name() + " adds " + a + " to the kernel arguments of every "
                                    + (mc.role().isEmpty() ? "node it applies to" : mc.role() + " node")
                                    + ": left in place, it keeps slab debugging on across reboots.")
                            .report();
                }
            }
        }
    }

    /** The values that turn debugging on ({@code slub_debug=-} turns it off). */
    private static List<String> on(List<String> values) {
        return values.stream().filter(v -> !v.equals("-")).toList();
    }

    private static String shown(List<String> values) {
        return values.size() == 1 && values.get(0).isEmpty() ? "" : "=" + String.join(",", values);
    }
}
