package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdAlarmList;
import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdHealthReport;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdMemberList;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one captured file holds, section by section: each table, JSON document or run
 * of fields blocks or simple lines becomes its own report (a pasted file may hold the status before
 * and after a defragmentation); a key listing is one streamed tally for the whole file.
 */
final class EtcdctlCapture {

    /** Option stating the cluster's backend quota when the capture does not ({@code --option etcd.quota-backend-bytes=8589934592}). */
    static final String QUOTA_OPTION = "etcd.quota-backend-bytes";

    private final ParseInput input;
    private final ParseContext ctx;
    private final String command;
    private final KeyspaceTally keys = new KeyspaceTally();
    private String keysFormat = "";
    private final List<EtcdEndpointStatus> statuses = new ArrayList<>();
    private final List<EtcdEndpointHealth> healths = new ArrayList<>();
    private final List<EtcdMember> members = new ArrayList<>();
    private final List<EtcdAlarm> alarms = new ArrayList<>();
    /** Entries of one section (statuses, healths, members, alarms each): a cluster has a handful of members. */
    static final int MAX_ENTRIES = 1000;
    private long dropped;
    private EtcdctlFormat format;
    private long sectionLine;
    private boolean emptyAlarmList;

    /** @param command what the path says the file holds ({@code endpoint status}, …), or "" */
    EtcdctlCapture(ParseInput input, ParseContext ctx, String command) {
        this.input = input;
        this.ctx = ctx;
        this.command = command;
    }

    String command() {
        return command;
    }

    Location at(long line) {
        return input.location(line);
    }

    void diagnostic(long line, String message) {
        ctx.diagnostic(line, message);
    }

    KeyspaceTally keys(String listingFormat) {
        if (keysFormat.isEmpty()) {
            keysFormat = listingFormat;
        }
        return keys;
    }

    void status(EtcdEndpointStatus s) {
        section(s.format(), s.location().line());
        long quota = input.option(QUOTA_OPTION).map(EtcdValues::number).orElse(-1L);
        if (room(statuses)) {
            statuses.add(s.quotaBytes() == 0 && quota > 0 ? s.toBuilder().quota(quota).build() : s);
        }
    }

    void health(EtcdEndpointHealth h) {
        section(h.format(), h.location().line());
        if (room(healths)) {
            healths.add(h);
        }
    }

    void member(EtcdMember m, EtcdctlFormat memberFormat) {
        section(memberFormat, m.location().line());
        if (room(members)) {
            members.add(m);
        }
    }

    void alarm(EtcdAlarm a, EtcdctlFormat alarmFormat) {
        if (disarming) {
            // etcdctl alarm disarm deactivates every alarm and prints the ones it cleared: none is raised any more
            ctx.diagnostic(a.location().line(), "an alarm 'etcdctl alarm disarm' printed as it cleared it (" + a.type()
                    + "): not a raised alarm");
            noAlarms(alarmFormat, a.location().line());
            return;
        }
        section(alarmFormat, a.location().line());
        if (room(alarms)) {
            alarms.add(a);
        }
    }

    /** Whether the command whose output follows is {@code alarm disarm}, whose alarm lines are the ones it cleared. */
    private boolean disarming;

    /** A command line of the transcript (typed after a prompt, or pasted bare): its output follows. */
    void command(String typed) {
        List<String> words = Words.split(typed);
        int at = words.indexOf("alarm");
        disarming = at >= 0 && at + 1 < words.size() && words.get(at + 1).equals("disarm");
    }

    /** An alarm list that says no alarm is raised ({@code {}}, a header alone, no line at all). */
    void noAlarms(EtcdctlFormat alarmFormat, long line) {
        section(alarmFormat, line);
        emptyAlarmList = true;
    }

    void clientError(String endpoint, String message, long line, String excerpt) {
        clientError(endpoint, List.of(), false, message, line, excerpt);
    }

    /** A client error; {@code targets} are the endpoints a retry log line names (one of them is its endpoint). */
    void clientError(String endpoint, List<String> targets, boolean retry, String message, long line, String excerpt) {
        String one = targets.size() == 1 ? targets.get(0) : endpoint;
        ctx.emit(new EtcdClientError(one, targets.size() > 1 ? targets : List.of(), EtcdClientError.Cause.of(message), retry,
                message, command, input.location(line), excerpt));
    }

    private boolean room(List<?> entries) {
        if (entries.size() < MAX_ENTRIES) {
            return true;
        }
        dropped++;
        return false;
    }

    private void section(EtcdctlFormat f, long line) {
        if (format == null) {
            format = f;
            sectionLine = line;
        }
    }

    /** Ends the current table, document or run of lines: what it held becomes reports. */
    void endSection() {
        Location at = input.location(sectionLine);
        if (dropped > 0) {
            ctx.diagnostic(sectionLine, dropped + " entries beyond the first " + MAX_ENTRIES + " of one kind are left out"
                    + " (expected one per member)");
            dropped = 0;
        }
        if (!statuses.isEmpty()) {
            ctx.emit(new EtcdStatusReport(format, statuses, at));
        }
        if (!healths.isEmpty()) {
            ctx.emit(new EtcdHealthReport(format, healths, at));
        }
        if (!members.isEmpty()) {
            ctx.emit(new EtcdMemberList(format, members, at));
        }
        if (!alarms.isEmpty() || emptyAlarmList) {
            ctx.emit(new EtcdAlarmList(format, alarms, at));
        }
        statuses.clear();
        healths.clear();
        members.clear();
        alarms.clear();
        emptyAlarmList = false;
        format = null;
        sectionLine = 0;
    }

    void finish(boolean sawAnything) {
        endSection();
        if (!keys.isEmpty()) {
            if (keys.overflowed()) {
                ctx.diagnostic(0, "more than " + KeyspaceTally.MAX_GROUPS + " resource/namespace groups; the rest are counted together");
            }
            ctx.emit(keys.build(keysFormat, input.location(0)));
        } else if (!sawAnything && command.equals("alarm list")) {
            // etcdctl alarm list prints nothing at all when no alarm is raised
            ctx.emit(new EtcdAlarmList(EtcdctlFormat.SIMPLE, List.of(), input.location(0)));
        }
    }
}
