package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdAlarmList;
import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code etcd.alarm}: a raised NOSPACE or CORRUPT alarm, from {@code alarm list}, from the errors
 * of an endpoint status, and, for NOSPACE, from what only a raised alarm makes etcd say: a client
 * told {@code database space exceeded}, a server log refusing a write with {@code etcdserver: no
 * space} or failing {@code /health} with {@code ALARM NOSPACE}. One finding per member and alarm,
 * with every capture that shows it, so the same alarm in four write-out formats is one finding.
 */
public final class AlarmRule implements Rule {

    private static final RuleParameter<List<String>> ALARM_TYPES = RuleParameter.strings("alarmTypes");

    /** An alarm seen raised: on which member (id, endpoint or log's member; "" when the capture does not say). */
    private record Raised(String member, String type, Located at, String excerpt) {
    }

    @Override
    public void evaluate(RuleContext ctx) {
        List<String> types = ctx.param(ALARM_TYPES);
        Map<String, List<Raised>> byAlarm = new LinkedHashMap<>();
        for (Raised a : raised(ctx.model())) {
            if (types.contains(a.type())) {
                byAlarm.computeIfAbsent(a.member() + " " + a.type(), k -> new ArrayList<>()).add(a);
            }
        }
        // a capture that does not name the member (a client's 'database space exceeded') joins the member that has it
        for (String type : types) {
            List<Raised> unnamed = byAlarm.get(" " + type);
            byAlarm.keySet().stream().filter(k -> k.endsWith(" " + type) && !k.equals(" " + type)).findFirst()
                    .ifPresent(named -> {
                        if (unnamed != null) {
                            byAlarm.get(named).addAll(unnamed);
                            byAlarm.remove(" " + type);
                        }
                    });
        }
        byAlarm.forEach((k, seen) -> {
            Raised a = seen.get(0);
            String meaning = a.type().equals("NOSPACE")
                    ? "the backend reached its space quota: the cluster accepts only reads and deletes until it is compacted, defragmented and the alarm disarmed"
                    : a.type().equals("CORRUPT")
                    ? "its data differs from the other members' (corruption check): it must be replaced from a healthy member or a snapshot"
                    : "etcd raised it and keeps it until it is disarmed";
            String who = a.member().isEmpty() ? "The cluster has" : "Member " + a.member() + " has";
            RuleContext.FindingBuilder f = ctx.finding().summary(who + " the " + a.type() + " alarm raised (" + seen.size()
                    + (seen.size() == 1 ? " capture" : " captures") + "): " + meaning + ".")
                    .subject("member", a.member()).subject("alarm", a.type()).figure("captures", seen.size());
            seen.forEach(s -> f.evidence(s.at(), s.excerpt()));
            f.report();
        });
    }

    private static List<Raised> raised(CaptureModel model) {
        ClusterMembers members = new ClusterMembers(model);
        List<Raised> out = new ArrayList<>();
        for (EtcdAlarm a : alarms(model)) {
            out.add(new Raised(a.memberId(), a.type(), a, a.excerpt()));
        }
        for (EtcdClientError e : model.all(EtcdClientError.class)) {
            if (e.cause() == EtcdClientError.Cause.NO_SPACE) {
                out.add(new Raised(e.endpoint().isEmpty() ? "" : members.key("", e.endpoint()), "NOSPACE", e, e.excerpt()));
            }
        }
        for (EtcdLogSummary log : model.all(EtcdLogSummary.class)) {
            log.samples().stream().filter(e -> e.kind().equals(Kind.NO_SPACE)).findFirst()
                    .ifPresent((EtcdLogEvent e) -> out.add(new Raised(e.detail().isEmpty() ? members.byName(log.member()) : e.detail(),
                            "NOSPACE", e, e.excerpt())));
        }
        return out;
    }

    static List<EtcdAlarm> alarms(CaptureModel model) {
        List<EtcdAlarm> out = new ArrayList<>();
        model.all(EtcdAlarmList.class).forEach(l -> out.addAll(l.alarms()));
        for (EtcdStatusReport r : model.all(EtcdStatusReport.class)) {
            for (EtcdEndpointStatus s : r.statuses()) {
                for (String e : s.alarmErrors()) {
                    String member = EtcdValues.alarmMember(e);
                    out.add(new EtcdAlarm(member.isEmpty() ? s.memberId() : member, EtcdValues.alarmType(e),
                            EtcdAlarm.Source.ENDPOINT_STATUS, s.location(), s.excerpt()));
                }
            }
        }
        return out;
    }
}
