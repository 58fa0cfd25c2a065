package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code etcd.tls-rejections}: an etcd member that rejected connections because of the certificate
 * the other side presented (bad, unknown authority, expired, wrong name): that peer or client cannot
 * talk to it. Rejections without a certificate error (a load balancer's TCP probe ends with EOF, a
 * plain-text client) are not counted.
 */
public final class TlsRejectionsRule implements Rule {

    private static final Pattern PORT = Pattern.compile(":\\d+$");

    private static final RuleParameter<Long> MIN_REJECTIONS = RuleParameter.integer("minRejections");

    private static final Kind KIND = Kind.CERTIFICATE_REJECTED;

    @Override
    public void evaluate(RuleContext ctx) {
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            long n = log.count(KIND);
            if (n < ctx.param(MIN_REJECTIONS)) {
                continue;
            }
            // "<error> from <host:port>": by error, the hosts (a client's port changes at every attempt)
            Map<String, Set<String>> hostsByError = new LinkedHashMap<>();
            log.samples().stream().filter(e -> e.kind().equals(KIND)).forEach(e -> {
                int from = e.detail().lastIndexOf(" from ");
                String error = from < 0 ? e.detail() : e.detail().substring(0, from);
                String host = from < 0 ? "" : e.detail().substring(from + 6).transform(h -> PORT.matcher(h).replaceFirst(""));
                hostsByError.computeIfAbsent(error, k -> new LinkedHashSet<>()).add(host);
            });
            long sampled = log.samples().stream().filter(e -> e.kind().equals(KIND)).count();
            List<String> what = new ArrayList<>();
            hostsByError.forEach((error, hosts) -> what.add("'" + error + "' with " + String.join(", ", hosts)
                    + (error.startsWith("remote error:") ? " (the other side does not accept this member's certificate)"
                    : " (this member does not accept the other side's certificate)")));
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT,
                    "%s failed %,d TLS handshake%s over a certificate%s: %s.", LogFigures.member(log), n, n == 1 ? "" : "s",
                    LogFigures.between(log), String.join("; ", what) + (n > sampled ? " (in the first " + sampled + ")" : "")));
            f.subject("member", log.member()).figure("rejections", n);
            log.samples().stream().filter(e -> e.kind().equals(KIND)).limit(3).forEach(e -> f.evidence(e, e.excerpt()));
            f.report();
        }
    }

    /** The certificate errors Go's TLS stack reports (a client's alert, or the server's own verification). */
    static boolean certificateError(String error) {
        String e = error.toLowerCase(Locale.ROOT);
        return e.contains("certificate") || e.contains("x509:");
    }
}
