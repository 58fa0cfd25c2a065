package dev.mga.cli;

import dev.mga.core.Analyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which rules run and how, and what is redacted: the options {@code analyze} and {@code batch} share. */
final class RuleSelectionOptions {

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run RULE (repeatable, or comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--only", paramLabel = "RULE|FAMILY", split = ",",
            description = "Run only these rules or rule families (e.g. etcd); the others are listed as not run.")
    List<String> only = new ArrayList<>();

    @Option(names = "--set", paramLabel = "RULE.PARAM=VALUE",
            description = "Re-tune a rule threshold, e.g. etcd.fragmentation.minFragmentedShare=0.6 ('mga rules RULE' lists them).")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--redact", paramLabel = "WHAT", split = ",",
            description = "Also hide hosts and/or ips behind consistent pseudonyms (host-1, ip-1); credentials are always redacted.")
    List<String> redact = new ArrayList<>();

    /** These options on a builder; a wrong one is a usage error. */
    Analyzer.Builder apply(Analyzer.Builder builder) {
        disabled.forEach(builder::disableRule);
        only.forEach(builder::onlyRules);
        set.forEach((key, value) -> param(builder, key, value));
        redact.forEach(r -> builder.redact(redaction(r)));
        return builder;
    }

    /** What the reports depend on among these options (for {@code batch} to tell a current report). */
    String fingerprint() {
        return "disable=" + disabled + " only=" + only + " set=" + new java.util.TreeMap<>(set) + " redact=" + redact;
    }

    private static void param(Analyzer.Builder b, String key, String value) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw new MgaCommand.UsageException("--set takes RULE.PARAM=VALUE (e.g. etcd.fragmentation.minFragmentedShare=0.6), not '"
                    + key + "=" + value + "'");
        }
        b.ruleParam(key.substring(0, dot), key.substring(dot + 1), value);
    }

    private static Analyzer.Redaction redaction(String what) {
        return switch (what.trim().toLowerCase(Locale.ROOT)) {
            case "hosts", "host" -> Analyzer.Redaction.HOSTS;
            case "ips", "ip", "addresses" -> Analyzer.Redaction.IPS;
            default -> throw new MgaCommand.UsageException("--redact takes hosts, ips or both (hosts,ips), not '" + what + "'");
        };
    }
}
