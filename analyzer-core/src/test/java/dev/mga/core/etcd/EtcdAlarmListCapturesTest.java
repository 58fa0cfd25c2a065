package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdAlarmList;
import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code etcdctl alarm list} of the real 3.4.23 captures, where no alarm was raised: 3.4 prints
 * {@code {}} with {@code -w json}, nothing at all by default, refuses {@code -w table} and crashes
 * with {@code -w fields}. An empty list is a capture (no alarm); a refusal or a crash is a client
 * error and no list.
 */
class EtcdAlarmListCapturesTest {

    private static final EtcdctlOutputParser PARSER = new EtcdctlOutputParser("alarm list");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"R2/healthy", "R2/hot-loop", "R2/fragmented", "R2/defragmented-one", "R2/defragmented",
            "R2/slow-disk", "R2/lagging", "R1/partitioned"})
    void everyFormatAtEveryMoment(String moment) {
        String dir = Captures.path(moment) + "/alarm-list-";

        Parsing json = Parsing.fixture(PARSER, dir + "json.txt");
        assertThat(json.diagnostics).isEmpty();
        assertThat(json.records).containsExactly(new EtcdAlarmList(EtcdctlFormat.JSON, List.of(), Captures.at(dir + "json.txt", 1)));

        // an empty file: the whole entry is the capture
        Parsing simple = Parsing.fixture(PARSER, dir + "simple.txt");
        assertThat(simple.diagnostics).isEmpty();
        assertThat(simple.records).containsExactly(new EtcdAlarmList(EtcdctlFormat.SIMPLE, List.of(), Captures.at(dir + "simple.txt", 0)));

        Parsing table = Parsing.fixture(PARSER, dir + "table.txt");
        assertThat(table.diagnostics).isEmpty();
        assertThat(table.records).containsExactly(new EtcdClientError("", List.of(), EtcdClientError.Cause.OTHER, false,
                "table not supported as output format", "alarm list",
                Captures.at(dir + "table.txt", 1), "Error: table not supported as output format"));

        // the panic's first line is the error; the goroutine dump under it is neither output nor diagnostics
        Parsing fields = Parsing.fixture(PARSER, dir + "fields.txt");
        assertThat(Captures.lines(dir + "fields.txt")).hasSize(20);
        assertThat(fields.diagnostics).isEmpty();
        assertThat(fields.records).containsExactly(new EtcdClientError("", List.of(),
                EtcdClientError.Cause.CLIENT_CRASH, false,
                "etcdctl crashed: runtime error: invalid memory address or nil pointer dereference", "alarm list",
                Captures.at(dir + "fields.txt", 1), "panic: runtime error: invalid memory address or nil pointer dereference"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"R2/healthy/must-gather/etcd_info/alarm_list.json",
            "R1/member-down/must-gather/etcd_info/alarm_list.json"})
    void mustGatherAlarmList(String file) {
        String path = Captures.path(file);
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).containsExactly(new EtcdAlarmList(EtcdctlFormat.JSON, List.of(), Captures.at(path, 1)));
    }
}
