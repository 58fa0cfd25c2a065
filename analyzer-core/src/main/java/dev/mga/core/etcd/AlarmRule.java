package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdAlarmList;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code etcd.alarm}: a raised NOSPACE or CORRUPT alarm, from {@code alarm list} or from the errors
 * of an endpoint status. One finding per member and alarm, with every capture that shows it, so
 * the same alarm in four write-out formats is one finding.
 */
public final class AlarmRule implements Rule {

    private static final RuleParameter<List<String>> ALARM_TYPES = RuleParameter.strings("alarmTypes");


    @Override
    public void evaluate(RuleContext ctx) {
        List<String> types = ctx.param(ALARM_TYPES);
        Map<String, List<EtcdAlarm>> byAlarm = new LinkedHashMap<>();
        for (EtcdAlarm a : alarms(ctx.model())) {
            if (types.contains(a.type())) {
                byAlarm.computeIfAbsent(a.memberId() + " " + a.type(), k -> new ArrayList<>()).add(a);
            }
        }
        byAlarm.forEach((k, seen) -> {
            EtcdAlarm a = seen.get(0);
            String meaning = a.type().equals("NOSPACE")
                    ? "the backend reached its space quota: the cluster accepts only reads and deletes until it is compacted, defragmented and the alarm disarmed"
                    : a.type().equals("CORRUPT")
                    ? "its data differs from the other members' (corruption check): it must be replaced from a healthy member or a snapshot"
                    : "etcd raised it and keeps it until it is disarmed";
            RuleContext.FindingBuilder f = ctx.finding().summary("Member " + a.memberId() + " has the " + a.type()
                    + " alarm raised (" + seen.size() + (seen.size() == 1 ? " capture" : " captures") + "): " + meaning + ".")
                    .subject("member", a.memberId()).subject("alarm", a.type()).figure("captures", seen.size());
            seen.forEach(s -> f.evidence(s, s.excerpt()));
            f.report();
        });
    }

    static List<EtcdAlarm> alarms(CaptureModel model) {
        List<EtcdAlarm> out = new ArrayList<>();
        model.all(EtcdAlarmList.class).forEach(l -> out.addAll(l.alarms()));
        for (EtcdStatusReport r : model.all(EtcdStatusReport.class)) {
            for (EtcdEndpointStatus s : r.statuses()) {
                for (String e : s.alarmErrors()) {
                    String member = EtcdValues.alarmMember(e);
                    out.add(new EtcdAlarm(member.isEmpty() ? s.memberId() : member, EtcdValues.alarmType(e),
                            "endpoint status", s.location(), s.excerpt()));
                }
            }
        }
        return out;
    }
}
