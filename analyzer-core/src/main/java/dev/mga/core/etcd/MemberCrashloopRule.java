package dev.mga.core.etcd;

import dev.mga.core.model.Severity;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;

/**
 * {@code etcd.member-crashloop}: an etcd log where the member crashed (a Go panic over etcd's or
 * bbolt's code, a fatal line), above all when bbolt says its database file is damaged: such a
 * member fails the same way at every restart. Critical when the log ends with the crash or the
 * database is damaged; a warning when the log goes on (the member came back).
 */
public final class MemberCrashloopRule implements Rule {

    @Override
    public void evaluate(RuleContext ctx) {
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            long corrupt = log.count(Kind.DB_CORRUPT);
            long panics = log.count(Kind.PANIC);
            if (corrupt + panics == 0) {
                continue;
            }
            EtcdLogEvent first = log.samples().stream().filter(e -> e.kind().equals(Kind.DB_CORRUPT)).findFirst()
                    .or(() -> log.samples().stream().filter(e -> e.kind().equals(Kind.PANIC)).findFirst()).orElseThrow();
            String summary = LogFigures.member(log) + " crashed: " + first.detail() + "."
                    + (corrupt > 0 ? " bbolt found its database file damaged: the member cannot start on it again; it must be"
                    + " restored from a healthy member or a snapshot." : "")
                    + (log.crashedAtEnd() ? " The log ends with the crash: the member is down, and a restart meets the same"
                    + " state." : " The log goes on after it: the member started again.");
            RuleContext.FindingBuilder f = ctx.finding().summary(summary).evidence(first, first.excerpt())
                    .subject("member", log.member()).figure("panics", panics).figure("databaseCorruptions", corrupt);
            if (corrupt == 0 && !log.crashedAtEnd()) {
                f.severity(Severity.WARNING);
            }
            f.report();
        }
    }
}
