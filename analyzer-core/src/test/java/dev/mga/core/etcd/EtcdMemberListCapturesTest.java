package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdMemberList;
import dev.mga.core.testing.Parsing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code etcdctl member list} of the real 3.4.23 captures in every write-out format at every
 * moment, and the must-gather's {@code etcd_info/member_list.json}: the same three members
 * everywhere (ids as the tables print them, 2c9f379386efc5a3 being 3215349765729404323 in the
 * fields and JSON), each at its own line with its own excerpt.
 */
class EtcdMemberListCapturesTest {

    private static final EtcdctlOutputParser PARSER = new EtcdctlOutputParser("member list");
    private static final List<String> IDS = List.of("2c9f379386efc5a3", "d1f3fcef51bc3c9e", "d3684a044ff56334");
    private static final List<String> DECIMAL_IDS = List.of("3215349765729404323", "15128713678066302110", "15233507121962509108");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # moment | format | member lines | lines its excerpt starts at
            R2/healthy          | table  | 4 5 6   | 4 5 6
            R2/healthy          | simple | 1 2 3   | 1 2 3
            R2/healthy          | fields | 5 11 17 | 1 11 17
            R2/healthy          | json   | 1 1 1   | 1 1 1
            R2/hot-loop         | table  | 4 5 6   | 4 5 6
            R2/hot-loop         | simple | 1 2 3   | 1 2 3
            R2/hot-loop         | fields | 5 11 17 | 1 11 17
            R2/hot-loop         | json   | 1 1 1   | 1 1 1
            R2/fragmented       | table  | 4 5 6   | 4 5 6
            R2/fragmented       | simple | 1 2 3   | 1 2 3
            R2/fragmented       | fields | 5 11 17 | 1 11 17
            R2/fragmented       | json   | 1 1 1   | 1 1 1
            R2/defragmented-one | table  | 4 5 6   | 4 5 6
            R2/defragmented-one | simple | 1 2 3   | 1 2 3
            R2/defragmented-one | fields | 5 11 17 | 1 11 17
            R2/defragmented-one | json   | 1 1 1   | 1 1 1
            R2/defragmented     | table  | 4 5 6   | 4 5 6
            R2/defragmented     | simple | 1 2 3   | 1 2 3
            R2/defragmented     | fields | 5 11 17 | 1 11 17
            R2/defragmented     | json   | 1 1 1   | 1 1 1
            R2/slow-disk        | table  | 4 5 6   | 4 5 6
            R2/slow-disk        | simple | 1 2 3   | 1 2 3
            R2/slow-disk        | fields | 5 11 17 | 1 11 17
            R2/slow-disk        | json   | 1 1 1   | 1 1 1
            R2/lagging          | table  | 4 5 6   | 4 5 6
            R2/lagging          | simple | 1 2 3   | 1 2 3
            R2/lagging          | fields | 5 11 17 | 1 11 17
            R2/lagging          | json   | 1 1 1   | 1 1 1
            R1/partitioned      | table  | 4 5 6   | 4 5 6
            R1/partitioned      | simple | 1 2 3   | 1 2 3
            R1/partitioned      | fields | 5 11 17 | 1 11 17
            R1/partitioned      | json   | 1 1 1   | 1 1 1
            """)
    void everyFieldOfEveryMember(String moment, String format, String memberLines, String excerptLines) {
        String path = Captures.path(moment) + "/member-list-" + format + ".txt";
        assertMembers(path, format, numbers(memberLines), numbers(excerptLines));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"R2/healthy/must-gather/etcd_info/member_list.json",
            "R1/member-down/must-gather/etcd_info/member_list.json"})
    void mustGatherMemberList(String file) {
        assertMembers(Captures.path(file), "json", List.of(1L, 1L, 1L), List.of(1L, 1L, 1L));
    }

    private static void assertMembers(String path, String format, List<Long> lines, List<Long> excerptLines) {
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(1);
        EtcdMemberList list = p.only(EtcdMemberList.class);
        assertThat(list.format().id()).isEqualTo(format);
        assertThat(list.location()).isEqualTo(Captures.at(path, lines.get(0)));
        List<EtcdMember> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "etcd-master-" + i;
            String host = "http://127.0.0." + (i + 1);
            long at = excerptLines.get(i);
            String excerpt = switch (format) {
                case "fields" -> Captures.fieldsBlock(path, at);
                case "json" -> Captures.jsonElement(path, at, "{\"ID\":" + DECIMAL_IDS.get(i) + ",", "]}");
                default -> Captures.line(path, at).strip();
            };
            expected.add(new EtcdMember(IDS.get(i), true, name, List.of(host + ":2380"), List.of(host + ":2379"), false,
                    Captures.at(path, lines.get(i)), excerpt));
        }
        assertThat(list.members()).containsExactlyElementsOf(expected);
    }

    private static List<Long> numbers(String spaced) {
        return Arrays.stream(spaced.strip().split("\\s+")).map(Long::parseLong).toList();
    }
}
