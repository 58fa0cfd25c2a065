package dev.mga.core.descheduler;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printf eviction messages the descheduler wrote before structured logging (v0.4–v0.19; the
 * structured {@code "Evicted pod" pod=…} form came with v0.20). From kubernetes-sigs/descheduler:
 * <ul>
 *   <li>pkg/descheduler/evictions/evictions.go (v0.18–v0.19): {@code Evicted pod: "<name>" in namespace
 *       "<ns>"}, {@code Evicted pod in dry run mode: "<name>" in namespace "<ns>"}, v0.19 adding
 *       {@code " (<strategy>)"}, and {@code Error evicting pod: "<name>" in namespace "<ns>"…};</li>
 *   <li>the strategies' own lines: {@code Evicted pod: "<name>"} with {@code " (<err>)"} (v0.4–v0.17, the
 *       only eviction line then), {@code " because of existing anti-affinity"} or {@code " because it was
 *       created more than N seconds ago"} (v0.18–v0.19, after the evictions.go line for the same pod),
 *       and {@code Error when evicting pod: "<name>" (<err>)} (v0.4–v0.17).</li>
 * </ul>
 * Pod names are printed with Go's {@code %#v}, a quoted string.
 *
 * @param kind      which line it is
 * @param name      pod name
 * @param namespace pod namespace, "" when the line does not say
 * @param strategy  the strategy the line names or its file implies, ""
 * @param error     the error of a failure line, ""
 */
record LegacyMessage(Kind kind, String name, String namespace, String strategy, String error) {

    /** The shapes of the legacy lines. */
    enum Kind {
        /** evictions.go: a real eviction. */
        EVICTED,
        /** evictions.go: an eviction simulated by {@code --dry-run}. */
        DRY_RUN,
        /** A strategy's own line: the eviction of the evictions.go line before it, or (before v0.18) the only one. */
        STRATEGY,
        /** A failed eviction. */
        FAILED,
        /** A strategy's {@code Error evicting pod: (<err>)} repeating the evictions.go failure line before it. */
        FAILED_AGAIN
    }

    private static final Pattern EVICTIONS_GO = Pattern.compile(
            "^(Evicted pod in dry run mode|Evicted pod|Error evicting pod): \"((?:[^\"\\\\]|\\\\.)*)\" in namespace "
                    + "\"((?:[^\"\\\\]|\\\\.)*)\"(?: \\(([A-Za-z]+)\\))?(.*)$");
    private static final Pattern STRATEGY_LINE = Pattern.compile("^Evicted pod: \"((?:[^\"\\\\]|\\\\.)*)\"(.*)$");
    private static final Pattern OLD_FAILURE = Pattern.compile("^Error when evicting pod: \"((?:[^\"\\\\]|\\\\.)*)\" \\((.*)\\)$");

    /** The strategy each strategy file implemented (v0.4–v0.19 file names). */
    private static final Map<String, String> STRATEGY_OF_FILE = Map.of(
            "duplicates.go", "RemoveDuplicates",
            "lownodeutilization.go", "LowNodeUtilization",
            "pod_antiaffinity.go", "RemovePodsViolatingInterPodAntiAffinity",
            "node_affinity.go", "RemovePodsViolatingNodeAffinity",
            "node_taint.go", "RemovePodsViolatingNodeTaints",
            "pod_lifetime.go", "PodLifeTime",
            "toomanyrestarts.go", "RemovePodsHavingTooManyRestarts",
            "topologyspreadconstraint.go", "RemovePodsViolatingTopologySpreadConstraint");

    /** The legacy line {@code message} is, logged from {@code sourceFile}; null when it is none. */
    static LegacyMessage of(String message, String sourceFile) {
        Matcher m = EVICTIONS_GO.matcher(message);
        if (m.find()) {
            String reason = m.group(4) == null ? "" : m.group(4);
            return switch (m.group(1)) {
                case "Evicted pod in dry run mode" -> new LegacyMessage(Kind.DRY_RUN, m.group(2), m.group(3), reason, "");
                case "Evicted pod" -> new LegacyMessage(Kind.EVICTED, m.group(2), m.group(3), reason, "");
                default -> new LegacyMessage(Kind.FAILED, m.group(2), m.group(3), reason, error(m.group(5)));
            };
        }
        String fileStrategy = STRATEGY_OF_FILE.getOrDefault(sourceFile, "");
        m = STRATEGY_LINE.matcher(message);
        if (m.find()) {
            return new LegacyMessage(Kind.STRATEGY, m.group(1), "", fileStrategy, "");
        }
        m = OLD_FAILURE.matcher(message);
        if (m.find()) {
            return new LegacyMessage(Kind.FAILED, m.group(1), "", fileStrategy, m.group(2));
        }
        if (message.startsWith("Error evicting pod: (")) {
            return new LegacyMessage(Kind.FAILED_AGAIN, "", "", fileStrategy, "");
        }
        return null;
    }

    /** {@code : <err>} (v0.19) or {@code  (<err>)} (v0.18) after the pod. */
    private static String error(String rest) {
        String r = rest.strip();
        if (r.startsWith(":")) {
            return r.substring(1).strip();
        }
        if (r.startsWith("(") && r.endsWith(")")) {
            return r.substring(1, r.length() - 1);
        }
        return r;
    }

    /** {@code namespace/name}, or the name when the line gives no namespace. */
    String pod() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
