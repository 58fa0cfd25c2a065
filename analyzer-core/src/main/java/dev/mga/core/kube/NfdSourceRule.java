package dev.mga.core.kube;

import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.model.kube.NfdWorkerConfig;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code nfd.required-label-missing}: pods require a Node Feature Discovery label
 * ({@code feature.node.kubernetes.io/<source>-<feature>}) that no node of the capture carries, and — when the
 * NodeFeatureDiscovery configuration is captured — the source that would set it is disabled. Code because it joins
 * pods, nodes and the nfd-worker configuration.
 */
public final class NfdSourceRule implements Rule {

    static final String PREFIX = "feature.node.kubernetes.io/";

    @Override
    public void evaluate(RuleContext ctx) {
        List<KubeNode> nodes = ctx.model().all(KubeNode.class);
        List<NfdWorkerConfig> configs = ctx.model().all(NfdWorkerConfig.class);
        for (KubePod p : ctx.model().all(KubePod.class)) {
            if (!p.active() || !p.nodeName().isEmpty()) {
                continue; // bound pods found their node
            }
            for (Map.Entry<String, String> e : p.requiredNodeLabels().entrySet()) {
                String label = e.getKey();
                if (!label.startsWith(PREFIX) || e.getValue().equals("[NotIn]") || e.getValue().equals("[DoesNotExist]")) {
                    continue;
                }
                if (nodes.stream().anyMatch(n -> carries(n, label, e.getValue()))) {
                    continue;
                }
                report(ctx, p, label, e.getValue(), nodes.size(), configs);
            }
        }
    }

    private static boolean carries(KubeNode n, String label, String value) {
        String v = n.labels().get(label);
        return v != null && (value.isEmpty() || value.startsWith("[") || v.equals(value));
    }

    /** The feature source of a label: {@code memory} for {@code feature.node.kubernetes.io/memory-numa}. */
    static String source(String label) {
        String name = label.substring(PREFIX.length());
        int end = 0;
        while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
            end++;
        }
        return name.substring(0, end);
    }

    private static void report(RuleContext ctx, KubePod p, String label, String value, int nodes,
                               List<NfdWorkerConfig> configs) {
        String source = source(label);
        RuleContext.FindingBuilder f = ctx.finding().subject("namespace", p.namespace()).subject("pod", p.name())
                .figure("nodes", nodes);
        f.evidence(p, p.excerpt());
        StringBuilder s = new StringBuilder(String.format("Pod %s (%s) requires the node label %s%s, which none of the %d"
                + " node%s of this capture carries.", p.key(), p.phase().isEmpty() ? "not bound" : p.phase(), label,
                value.isEmpty() ? "" : "=" + value, nodes, nodes == 1 ? "" : "s"));
        List<String> disabling = new ArrayList<>();
        for (NfdWorkerConfig c : configs) {
            if (!c.labels(source)) {
                disabling.add((c.name().isEmpty() ? "the NodeFeatureDiscovery configuration" : "NodeFeatureDiscovery "
                        + c.name()) + " (labelSources " + c.labelSources() + ")");
                f.evidence(c, c.excerpt());
            }
        }
        if (!disabling.isEmpty()) {
            s.append(" The '").append(source).append("' feature source that sets it is disabled by ")
                    .append(String.join(", ", disabling)).append(": no node will ever get the label.");
        } else if (!configs.isEmpty()) {
            s.append(" The captured nfd-worker configuration enables the '").append(source)
                    .append("' source: the nodes lack the feature, or nfd-worker has not run on them.");
        }
        if (!p.unschedulable().isEmpty()) {
            s.append(" Scheduler: ").append(p.unschedulable());
        }
        f.summary(s.toString()).report();
    }
}
