package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdKeyStats;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code etcd.hot-keys}: keys written far more than the rest, ranked by etcd's {@code Version}
 * (writes since creation) and by their share of all the store's writes during their lifetime,
 * grouped by resource type and namespace. Needs a listing with versions ({@code -w fields} or
 * {@code -w json}); the highest {@code ModRevision} only tells which keys were written last and is
 * reported as such.
 */
public final class HotKeysRule implements Rule {

    private static final RuleParameter<Long> MIN_UPDATES = RuleParameter.integer("minUpdates");
    private static final RuleParameter<Double> MIN_WRITE_SHARE = RuleParameter.percent("minWriteShare");
    private static final RuleParameter<Long> KEYS_SHOWN = RuleParameter.integer("keysShown");


    @Override
    public void evaluate(RuleContext ctx) {
        long minUpdates = ctx.param(MIN_UPDATES);
        double minShare = ctx.param(MIN_WRITE_SHARE);
        int shown = ctx.param(KEYS_SHOWN).intValue();
        for (EtcdKeyspace ks : ctx.model().all(EtcdKeyspace.class)) {
            if (!ks.hasVersions()) {
                continue;
            }
            List<EtcdKeyStats> hot = ks.topByUpdates().stream()
                    .filter(k -> k.version() >= minUpdates && k.writeShare() >= minShare).toList();
            if (hot.isEmpty()) {
                continue;
            }
            String keys = ks.topByUpdates().stream().limit(shown).map(HotKeysRule::describe).collect(Collectors.joining("; "));
            String resources = ks.resources().stream().filter(r -> r.updates() > 0)
                    .sorted(Comparator.comparingLong(EtcdResourceCount::updates).reversed()).limit(3)
                    .map(r -> String.format(Locale.ROOT, "%s %,d writes over %,d keys", r.resource(), r.updates(), r.keys()))
                    .collect(Collectors.joining(", "));
            String namespaces = ks.namespaces().stream().filter(r -> r.updates() > 0)
                    .sorted(Comparator.comparingLong(EtcdResourceCount::updates).reversed()).limit(3)
                    .map(r -> String.format(Locale.ROOT, "%s in %s %,d", r.resource(), r.namespace(), r.updates()))
                    .collect(Collectors.joining(", "));
            String recent = ks.mostRecentlyWritten().stream().limit(3).map(EtcdKeyStats::key).collect(Collectors.joining(", "));
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT,
                    "%d of %,d keys are hot. Most written: %s. By resource: %s. By namespace: %s. Written last "
                            + "(highest ModRevision — recent, not necessarily hot): %s.",
                    hot.size(), ks.totalKeys(), keys, resources, namespaces, recent))
                    .subject("key", hot.get(0).key()).figure("hotKeys", hot.size()).figure("keys", ks.totalKeys())
                    .figure("topKeyWrites", hot.get(0).version()).figure("topKeyWriteShare", Math.max(0, hot.get(0).writeShare()));
            ks.topByUpdates().stream().limit(shown).forEach(k -> f.evidence(k, k.excerpt()));
            f.report();
        }
    }

    private static String describe(EtcdKeyStats k) {
        return String.format(Locale.ROOT, "%s written %,d times (%.1f%% of the store's writes since its creation)",
                k.key(), k.version(), Math.max(0, k.writeShare()) * 100);
    }
}
