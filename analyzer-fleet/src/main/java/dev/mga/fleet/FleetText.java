package dev.mga.fleet;

import java.util.Locale;

/** Phrases the Markdown and HTML fleet views share. */
final class FleetText {

    private FleetText() {
    }

    static String headline(Fleet f) {
        Fleet.Totals t = f.totals();
        return String.format(Locale.ROOT, "%s %s, %s UTC. %d inputs: %d complete, %d partial, %d with nothing recognised; "
                        + "%d with findings (%d critical, %d warning, %d info). %s read in %d entries.",
                f.tool().name(), f.tool().version(), f.generatedAt().replace('T', ' ').replace("Z", ""), t.inputs(),
                t.complete(), t.partial(), t.nothingRecognised(), t.withFindings(), t.critical(), t.warning(), t.info(),
                bytes(t.bytes()), t.entries());
    }

    static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    static String quiet(Fleet.RuleLine r) {
        return r.ruleId() + " (" + r.evaluatedOn() + (r.failedOn() > 0 ? ", failed on " + r.failedOn() : "") + ")";
    }

    /** {@code 4.12.3, cluster 1b2c…, captured 2024-03-01T10:00:00Z}, as much as the capture says. */
    static String cluster(Fleet.InputLine i) {
        StringBuilder sb = new StringBuilder();
        if (i.clusterVersion() != null) {
            sb.append(i.clusterVersion());
        }
        if (i.clusterId() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("cluster ").append(i.clusterId());
        }
        if (i.capturedAt() != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("captured ").append(i.capturedAt());
        }
        return sb.toString();
    }

    static String anchor(String ruleId) {
        return ruleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }
}
