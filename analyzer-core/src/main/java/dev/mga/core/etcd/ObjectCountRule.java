package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code etcd.object-count}: resource types holding more keys than the limits Kubernetes and
 * OpenShift are tested to, and single namespaces holding very many keys of one type, from key
 * listings or the must-gather's {@code etcd_info/object_count.json}.
 */
public final class ObjectCountRule implements Rule {

    private static final RuleParameter<Map<String, Long>> RESOURCE_LIMITS = RuleParameter.integerMap("resourceLimits");
    private static final RuleParameter<Long> MAX_PER_NAMESPACE = RuleParameter.integer("maxPerNamespace");


    @Override
    public void evaluate(RuleContext ctx) {
        Map<String, Long> limits = ctx.param(RESOURCE_LIMITS);
        long perNamespace = ctx.param(MAX_PER_NAMESPACE);
        for (EtcdKeyspace ks : ctx.model().all(EtcdKeyspace.class)) {
            List<String> found = new ArrayList<>();
            List<EtcdResourceCount> cited = new ArrayList<>();
            for (EtcdResourceCount r : ks.resources()) {
                Long limit = limits.get(r.resource());
                if (limit != null && r.keys() >= limit) {
                    found.add(String.format(Locale.ROOT, "%s: %,d keys (limit %,d)%s", r.resource(), r.keys(), limit,
                            r.bytes() >= 0 ? String.format(Locale.ROOT, ", %.1f MiB of values", r.bytes() / 1048576.0) : ""));
                    cited.add(r);
                }
            }
            for (EtcdResourceCount r : ks.namespaces()) {
                if (r.keys() >= perNamespace) {
                    found.add(String.format(Locale.ROOT, "%s in namespace %s: %,d keys", r.resource(), r.namespace(), r.keys()));
                    cited.add(r);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT, "Of %,d keys, %s.",
                    ks.totalKeys(), String.join("; ", found)))
                    .figure("keys", ks.totalKeys()).figure("resourcesOverLimit", cited.size());
            if (cited.size() == 1) {
                f.subject("resource", cited.get(0).resource()).subject("namespace", cited.get(0).namespace());
                f.figure("resourceKeys", cited.get(0).keys());
                if (cited.get(0).bytes() >= 0) {
                    f.figure("resourceBytes", cited.get(0).bytes());
                }
            }
            cited.forEach(r -> f.evidence(r, r.excerpt()));
            f.report();
        }
    }
}
