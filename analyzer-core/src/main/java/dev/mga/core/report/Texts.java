package dev.mga.core.report;

import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.RuleCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The sentences both human renderers print, worded once. */
final class Texts {

    private Texts() {
    }

    /** {@code complete}, or {@code partial: the gzip stream is truncated ...}. */
    static String completeness(Completeness c) {
        return c.isComplete() ? "complete" : c.status().label() + ": " + String.join("; ", c.reasons());
    }

    /** The warning printed above an input's findings when it was not read in full. */
    static String notAllRead(InputSummary in) {
        return switch (in.completeness().status()) {
            case COMPLETE -> "";
            case PARTIAL -> "This input was read only in part. No finding means nothing for what was not read.";
            case NOTHING_RECOGNISED -> "Nothing in this input was recognised: no rule had anything to judge, "
                    + "so the absence of findings says nothing about this capture.";
        };
    }

    /** The header lines of an input: what the capture says of itself. Each is {label, value}. */
    static List<String[]> header(InputSummary in) {
        CaptureFacts c = in.capture();
        List<String[]> out = new ArrayList<>();
        if (!c.capturedAt().isEmpty()) {
            out.add(new String[] {"Captured", c.capturedAt() + " (" + c.capturedAtFrom() + ")"});
        }
        if (!c.clusterVersion().isEmpty() || !c.updatingTo().isEmpty() || !c.clusterId().isEmpty()) {
            StringBuilder v = new StringBuilder();
            if (!c.clusterVersion().isEmpty()) {
                v.append("OpenShift ").append(c.clusterVersion());
            }
            if (!c.updatingTo().isEmpty()) {
                v.append(v.length() == 0 ? "installing " : ", updating to ").append(c.updatingTo());
            }
            if (!c.clusterId().isEmpty()) {
                v.append(v.length() == 0 ? "" : ", ").append("cluster id ").append(c.clusterId());
            }
            out.add(new String[] {"Cluster", v.toString()});
        }
        if (!c.platform().isEmpty()) {
            out.add(new String[] {"Platform", c.platform()});
        }
        if (c.nodes() > 0) {
            StringBuilder n = new StringBuilder(c.nodes() + " Node object" + (c.nodes() == 1 ? "" : "s"));
            List<String> parts = new ArrayList<>();
            c.nodeRoles().forEach((role, count) -> parts.add(count + " " + role));
            c.architectures().forEach((arch, count) -> parts.add(c.architectures().size() == 1 ? arch : count + " " + arch));
            if (!parts.isEmpty()) {
                n.append(" (").append(String.join(", ", parts)).append(')');
            }
            out.add(new String[] {"Nodes", n.toString()});
        }
        if (!c.history().isEmpty()) {
            out.add(new String[] {"Version history", String.join("; ", c.history().subList(0, Math.min(5, c.history().size())))
                    + (c.history().size() > 5 ? "; …" : "")});
        }
        out.add(new String[] {"Read", in.kind() + ", " + grouped(in.entries()) + " entr" + (in.entries() == 1 ? "y" : "ies")
                + ", " + grouped(in.bytesRead()) + " bytes"});
        if (!c.root().isEmpty()) {
            out.add(new String[] {"Capture root", c.root()});
        }
        return out;
    }

    /** {@code node lon06-master-0, cache kmalloc-32}. */
    static String subject(Finding f) {
        return f.subject().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String severity(Finding f) {
        return f.severity().id().toUpperCase(Locale.ROOT);
    }

    /** {@code fired (2 findings)}, {@code quiet}, {@code not evaluated}, ... */
    static String result(RuleCoverage c) {
        return switch (c.status()) {
            case FIRED -> "fired (" + c.findings() + " finding" + (c.findings() == 1 ? "" : "s") + ")";
            case QUIET -> "quiet";
            case NOT_EVALUATED -> "not evaluated";
            case DISABLED -> "not run";
            case FAILED -> "failed";
        };
    }

    /** What a rule judged, or why it judged nothing. */
    static String judged(RuleCoverage c) {
        if (!c.evaluated()) {
            return c.reason();
        }
        String records = c.records().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> grouped(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(", "));
        return grouped(c.subjects()) + " item" + (c.subjects() == 1 ? "" : "s") + (records.isEmpty() ? "" : " (" + records + ")");
    }

    /** {@code 3 of 28 rules evaluated}. */
    static String coverageLine(List<RuleCoverage> coverage) {
        long evaluated = coverage.stream().filter(RuleCoverage::evaluated).count();
        return evaluated + " of " + coverage.size() + " rules had something to judge in this input";
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Records a rule asked for, for the docs of coverage: {@code SlabCallSiteListing 2}. */
    static String records(Map<String, Long> records) {
        return records.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
