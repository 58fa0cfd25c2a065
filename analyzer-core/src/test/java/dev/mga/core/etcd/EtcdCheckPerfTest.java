package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdPerfCheck;
import dev.mga.core.testing.Parsing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code etcdctl check perf} as etcdctl 3.4.23 printed it: the progress bar redrawn with carriage
 * returns on one line, then the checks and the verdict. healthy/ passed; slow-disk/ (fdatasync of
 * two members delayed 1.2 s) failed, with 37 client retry log lines printed into the progress bar.
 */
class EtcdCheckPerfTest {

    private static final CheckPerfParser PARSER = new CheckPerfParser();

    @Test
    void healthyPasses() {
        String path = Captures.RUN2 + "healthy/check-perf.txt";
        List<String> lines = Captures.lines(path);
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).containsExactly("PASS: Throughput is 150 writes/s",
                "PASS: Slowest request took 0.209273s", "PASS: Stddev is 0.010517s", "PASS");
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).containsExactly(new EtcdPerfCheck(true, 150, 0.209273, 0.010517, List.of(),
                Captures.at(path, 5), "PASS"));
    }

    @Test
    void slowDiskFails() {
        String path = Captures.RUN2 + "slow-disk/check-perf.txt";
        List<String> lines = Captures.lines(path);
        assertThat(lines).hasSize(44);
        List<String> failures = List.of("FAIL: too many errors", "FAIL: ERROR(etcdserver: request timed out) -> 37",
                "FAIL: Throughput too low: 14 writes/s", "Slowest request took too long: 4.992534s",
                "Stddev too high: 1.250605s");
        assertThat(lines.subList(38, 44)).containsExactlyElementsOf(concat(failures, "FAIL"));
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).containsExactly(new EtcdPerfCheck(false, 14, 4.992534, 1.250605, failures,
                Captures.at(path, 44), "FAIL"));
    }

    private static List<String> concat(List<String> a, String b) {
        return Stream.concat(a.stream(), Stream.of(b)).toList();
    }
}
