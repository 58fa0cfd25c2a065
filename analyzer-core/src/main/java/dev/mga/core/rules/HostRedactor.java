package dev.mga.core.rules;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.RuleCoverage;
import dev.mga.core.model.capture.ClusterInfrastructure;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.parse.PathHints;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides host names and addresses in a report behind pseudonyms ({@code host-1}, {@code ip-1}),
 * the same pseudonym for the same name everywhere in the report, so that a report can leave the
 * customer's organisation and still be read ("host-2's kmalloc-32 ..."). Hosts are the names the
 * capture itself gives to its machines — node folders and Node objects, sosreport hosts, etcd
 * members, the API server's URL — and every name under the domains they share; addresses are
 * IPv4 and IPv6 literals (loopback and unspecified ones stay). Applied on top of the credential
 * redaction, to everything a renderer prints; the typed models are left as read.
 */
public final class HostRedactor {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?![A-Za-z0-9-])");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}(?!\\d|\\.\\d)");
    private static final Pattern DIGITS_AND_COLONS = Pattern.compile("[0-9:]+");
    private static final Pattern COLONS = Pattern.compile(":*");
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])");
    /** Names too generic to be a customer's host, even when a capture uses them as one. */
    private static final Set<String> GENERIC = Set.of("localhost", "unknown", "none", "default", "master", "worker", "node",
            "host", "etcd", "kubernetes", "openshift");

    private final boolean hosts;
    private final boolean ips;
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> domains = new LinkedHashSet<>();
    private final Map<String, String> pseudonyms = new HashMap<>();
    private int hostCount;
    private int ipCount;

    private HostRedactor(boolean hosts, boolean ips) {
        this.hosts = hosts;
        this.ips = ips;
    }

    /** The report with host names and/or addresses replaced in everything a renderer prints. */
    public static Report apply(Report report, boolean hosts, boolean ips) {
        HostRedactor r = new HostRedactor(hosts, ips);
        if (hosts) {
            r.learn(report);
        }
        return r.rewrite(report);
    }

    private void learn(Report report) {
        for (Artifact a : report.artifacts()) {
            addHost(PathHints.host(a.path()));
        }
        for (InputSummary in : report.inputs()) {
            CaptureModel m = report.model(in.name());
            m.all(KubeNode.class).forEach(n -> addHost(n.name()));
            m.all(EtcdMember.class).forEach(e -> {
                addHost(e.name());
                e.peerUrls().forEach(u -> addHost(urlHost(u)));
                e.clientUrls().forEach(u -> addHost(urlHost(u)));
            });
            m.all(ClusterInfrastructure.class).forEach(i -> {
                String api = urlHost(i.apiServerUrl());
                if (api.startsWith("api.")) {
                    domains.add(api.substring(4).toLowerCase(Locale.ROOT));
                }
                addHost(api);
            });
        }
        for (Finding f : report.findings()) {
            f.subject().forEach((kind, name) -> {
                if (kind.equals("node") || kind.equals("host") || kind.equals("member")) {
                    addHost(name);
                }
            });
        }
        for (String h : known) {
            int dot = h.indexOf('.');
            if (dot > 0 && h.indexOf('.', dot + 1) > 0) {
                domains.add(h.substring(dot + 1));
            }
        }
    }

    private void addHost(String name) {
        if (name == null || name.length() < 3 || IPV4.matcher(name).matches() || name.contains("/")) {
            return;
        }
        String h = name.toLowerCase(Locale.ROOT);
        if (!GENERIC.contains(h) && TOKEN.matcher(h).matches()) {
            known.add(h);
        }
    }

    private static String urlHost(String url) {
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Hides hosts, then addresses, in one piece of text. */
    String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String out = s;
        if (hosts && !known.isEmpty()) {
            out = TOKEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(host(m.group())));
        }
        if (ips) {
            out = IPV4.matcher(out).replaceAll(m -> Matcher.quoteReplacement(ip(m.group())));
            out = IPV6.matcher(out).replaceAll(m -> Matcher.quoteReplacement(ipv6(m.group())));
        }
        return out;
    }

    private String host(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (known.contains(t)) {
            return pseudonym(t, "host");
        }
        for (String k : known) {
            if (t.endsWith("-" + k)) {
                return token.substring(0, token.length() - k.length()) + pseudonym(k, "host");
            }
        }
        for (String d : domains) {
            if (t.endsWith("." + d) || t.equals(d)) {
                return pseudonym(t, "host");
            }
        }
        return token;
    }

    private String ip(String address) {
        return address.startsWith("127.") || address.equals("0.0.0.0") ? address : pseudonym(address, "ip");
    }

    private String ipv6(String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        int colons = c.length() - c.replace(":", "").length();
        boolean shape = c.contains("::") ? c.indexOf("::") == c.lastIndexOf("::") : colons >= 3 && !DIGITS_AND_COLONS.matcher(c).matches();
        if (!shape || c.equals("::1") || c.equals("::") || COLONS.matcher(c).matches()) {
            return candidate;
        }
        return pseudonym(c, "ip");
    }

    private String pseudonym(String key, String kind) {
        return pseudonyms.computeIfAbsent(kind + ":" + key, k -> kind.equals("host") ? "host-" + ++hostCount : "ip-" + ++ipCount);
    }

    private Report rewrite(Report r) {
        List<InputSummary> inputs = new ArrayList<>();
        Map<String, CaptureModel> models = new LinkedHashMap<>();
        for (InputSummary in : r.inputs()) {
            inputs.add(summary(in));
            models.putIfAbsent(text(in.name()), r.model(in.name()));
        }
        List<Artifact> artifacts = r.artifacts().stream().map(a -> new Artifact(text(a.input()), text(a.path()), a.type(),
                a.detectedBy(), a.status(), a.records(), a.diagnostics().stream().map(this::diagnostic).toList())).toList();
        List<Finding> findings = r.findings().stream().map(this::finding).toList();
        List<RuleCoverage> coverage = r.coverage().stream().map(c -> new RuleCoverage(text(c.input()), c.ruleId(), c.status(),
                text(c.reason()), c.subjects(), c.findings(), c.records())).toList();
        List<Diagnostic> diagnostics = r.diagnostics().stream().map(this::diagnostic).toList();
        return new Report(r.tool(), r.generatedAt(), inputs, artifacts, findings, coverage, diagnostics, models);
    }

    private InputSummary summary(InputSummary in) {
        CaptureFacts c = in.capture();
        CaptureFacts facts = new CaptureFacts(text(c.root()), c.capturedAt(), c.capturedAtFrom(), c.clusterVersion(),
                c.updatingTo(), c.clusterId(), c.platform(), c.nodes(), c.nodeRoles(), c.architectures(), c.history());
        Completeness completeness = new Completeness(in.completeness().status(), map(in.completeness().reasons(), this::text));
        return new InputSummary(text(in.name()), in.kind(), in.readable(), in.bytesRead(), in.entries(), in.parsed(),
                in.failed(), in.skipped(), in.unknown(), in.empty(), map(in.unknownSample(), this::text), completeness, facts);
    }

    private Finding finding(Finding f) {
        Map<String, String> subject = new LinkedHashMap<>();
        f.subject().forEach((k, v) -> subject.put(k, text(v)));
        List<Evidence> evidence = f.evidence().stream()
                .map(e -> new Evidence(text(e.input()), text(e.path()), e.line(), text(e.excerpt()))).toList();
        return new Finding(f.ruleId(), f.severity(), f.title(), text(f.summary()), text(f.input()), subject, f.figures(),
                f.explanation(), evidence, f.remediation(), f.references());
    }

    private Diagnostic diagnostic(Diagnostic d) {
        return new Diagnostic(text(d.input()), text(d.path()), d.line(), text(d.message()));
    }

    private static List<String> map(List<String> in, UnaryOperator<String> f) {
        return in.stream().map(f).toList();
    }
}
