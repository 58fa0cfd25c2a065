package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdHealthReport;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code etcdctl endpoint health} of the real 3.4.23 captures in every write-out format, and the
 * must-gather's {@code etcd_info/endpoint_health.json}, with the client log lines and
 * {@code Error: unhealthy cluster} that etcdctl wrote to stderr around an unhealthy member.
 */
class EtcdHealthCapturesTest {

    private static final EtcdctlOutputParser PARSER = new EtcdctlOutputParser("endpoint health");

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource(delimiter = '|', textBlock = """
            # file | # | line | endpoint | healthy | took | took ms | error
            R2/healthy/endpoint-health-table.txt                      | 0 | 4  | http://127.0.0.2:2379 | true  | 2.003619ms   | 2.003619    |
            R2/healthy/endpoint-health-table.txt                      | 1 | 5  | http://127.0.0.1:2379 | true  | 7.219222ms   | 7.219222    |
            R2/healthy/endpoint-health-table.txt                      | 2 | 6  | http://127.0.0.3:2379 | true  | 16.462802ms  | 16.462802   |
            R2/healthy/endpoint-health-simple.txt                     | 0 | 1  | http://127.0.0.2:2379 | true  | 5.858723ms   | 5.858723    |
            R2/healthy/endpoint-health-simple.txt                     | 1 | 2  | http://127.0.0.3:2379 | true  | 9.598512ms   | 9.598512    |
            R2/healthy/endpoint-health-simple.txt                     | 2 | 3  | http://127.0.0.1:2379 | true  | 9.36134ms    | 9.36134     |
            R2/healthy/endpoint-health-fields.txt                     | 0 | 1  | http://127.0.0.2:2379 | true  | 2.988402ms   | 2.988402    |
            R2/healthy/endpoint-health-fields.txt                     | 1 | 6  | http://127.0.0.3:2379 | true  | 2.970067ms   | 2.970067    |
            R2/healthy/endpoint-health-fields.txt                     | 2 | 11 | http://127.0.0.1:2379 | true  | 2.510329ms   | 2.510329    |
            R2/healthy/endpoint-health-json.txt                       | 0 | 1  | http://127.0.0.1:2379 | true  | 8.73717ms    | 8.73717     |
            R2/healthy/endpoint-health-json.txt                       | 1 | 1  | http://127.0.0.2:2379 | true  | 5.079124ms   | 5.079124    |
            R2/healthy/endpoint-health-json.txt                       | 2 | 1  | http://127.0.0.3:2379 | true  | 8.481683ms   | 8.481683    |
            R2/hot-loop/endpoint-health-table.txt                     | 0 | 4  | http://127.0.0.1:2379 | true  | 8.769955ms   | 8.769955    |
            R2/hot-loop/endpoint-health-table.txt                     | 1 | 5  | http://127.0.0.3:2379 | true  | 16.989223ms  | 16.989223   |
            R2/hot-loop/endpoint-health-table.txt                     | 2 | 6  | http://127.0.0.2:2379 | true  | 15.410668ms  | 15.410668   |
            R2/hot-loop/endpoint-health-simple.txt                    | 0 | 1  | http://127.0.0.3:2379 | true  | 4.949797ms   | 4.949797    |
            R2/hot-loop/endpoint-health-simple.txt                    | 1 | 2  | http://127.0.0.1:2379 | true  | 6.08244ms    | 6.08244     |
            R2/hot-loop/endpoint-health-simple.txt                    | 2 | 3  | http://127.0.0.2:2379 | true  | 8.415695ms   | 8.415695    |
            R2/hot-loop/endpoint-health-fields.txt                    | 0 | 1  | http://127.0.0.1:2379 | true  | 6.442432ms   | 6.442432    |
            R2/hot-loop/endpoint-health-fields.txt                    | 1 | 6  | http://127.0.0.2:2379 | true  | 9.387378ms   | 9.387378    |
            R2/hot-loop/endpoint-health-fields.txt                    | 2 | 11 | http://127.0.0.3:2379 | true  | 4.082158ms   | 4.082158    |
            R2/hot-loop/endpoint-health-json.txt                      | 0 | 1  | http://127.0.0.2:2379 | true  | 3.525067ms   | 3.525067    |
            R2/hot-loop/endpoint-health-json.txt                      | 1 | 1  | http://127.0.0.3:2379 | true  | 9.212331ms   | 9.212331    |
            R2/hot-loop/endpoint-health-json.txt                      | 2 | 1  | http://127.0.0.1:2379 | true  | 4.054576ms   | 4.054576    |
            R2/fragmented/endpoint-health-table.txt                   | 0 | 4  | http://127.0.0.3:2379 | true  | 3.921514ms   | 3.921514    |
            R2/fragmented/endpoint-health-table.txt                   | 1 | 5  | http://127.0.0.1:2379 | true  | 6.402288ms   | 6.402288    |
            R2/fragmented/endpoint-health-table.txt                   | 2 | 6  | http://127.0.0.2:2379 | true  | 3.760438ms   | 3.760438    |
            R2/fragmented/endpoint-health-simple.txt                  | 0 | 1  | http://127.0.0.2:2379 | true  | 4.787775ms   | 4.787775    |
            R2/fragmented/endpoint-health-simple.txt                  | 1 | 2  | http://127.0.0.3:2379 | true  | 4.966819ms   | 4.966819    |
            R2/fragmented/endpoint-health-simple.txt                  | 2 | 3  | http://127.0.0.1:2379 | true  | 5.026511ms   | 5.026511    |
            R2/fragmented/endpoint-health-fields.txt                  | 0 | 1  | http://127.0.0.2:2379 | true  | 5.662918ms   | 5.662918    |
            R2/fragmented/endpoint-health-fields.txt                  | 1 | 6  | http://127.0.0.1:2379 | true  | 10.518168ms  | 10.518168   |
            R2/fragmented/endpoint-health-fields.txt                  | 2 | 11 | http://127.0.0.3:2379 | true  | 6.942185ms   | 6.942185    |
            R2/fragmented/endpoint-health-json.txt                    | 0 | 1  | http://127.0.0.2:2379 | true  | 3.361954ms   | 3.361954    |
            R2/fragmented/endpoint-health-json.txt                    | 1 | 1  | http://127.0.0.1:2379 | true  | 3.749147ms   | 3.749147    |
            R2/fragmented/endpoint-health-json.txt                    | 2 | 1  | http://127.0.0.3:2379 | true  | 8.582956ms   | 8.582956    |
            R2/defragmented-one/endpoint-health-table.txt             | 0 | 4  | http://127.0.0.2:2379 | true  | 4.276971ms   | 4.276971    |
            R2/defragmented-one/endpoint-health-table.txt             | 1 | 5  | http://127.0.0.3:2379 | true  | 5.416338ms   | 5.416338    |
            R2/defragmented-one/endpoint-health-table.txt             | 2 | 6  | http://127.0.0.1:2379 | true  | 6.375517ms   | 6.375517    |
            R2/defragmented-one/endpoint-health-simple.txt            | 0 | 1  | http://127.0.0.1:2379 | true  | 11.056453ms  | 11.056453   |
            R2/defragmented-one/endpoint-health-simple.txt            | 1 | 2  | http://127.0.0.3:2379 | true  | 4.412818ms   | 4.412818    |
            R2/defragmented-one/endpoint-health-simple.txt            | 2 | 3  | http://127.0.0.2:2379 | true  | 5.997261ms   | 5.997261    |
            R2/defragmented-one/endpoint-health-fields.txt            | 0 | 1  | http://127.0.0.1:2379 | true  | 7.792382ms   | 7.792382    |
            R2/defragmented-one/endpoint-health-fields.txt            | 1 | 6  | http://127.0.0.2:2379 | true  | 2.504114ms   | 2.504114    |
            R2/defragmented-one/endpoint-health-fields.txt            | 2 | 11 | http://127.0.0.3:2379 | true  | 7.934226ms   | 7.934226    |
            R2/defragmented-one/endpoint-health-json.txt              | 0 | 1  | http://127.0.0.3:2379 | true  | 6.571954ms   | 6.571954    |
            R2/defragmented-one/endpoint-health-json.txt              | 1 | 1  | http://127.0.0.1:2379 | true  | 5.713763ms   | 5.713763    |
            R2/defragmented-one/endpoint-health-json.txt              | 2 | 1  | http://127.0.0.2:2379 | true  | 4.755554ms   | 4.755554    |
            R2/defragmented/endpoint-health-table.txt                 | 0 | 4  | http://127.0.0.3:2379 | true  | 4.961449ms   | 4.961449    |
            R2/defragmented/endpoint-health-table.txt                 | 1 | 5  | http://127.0.0.2:2379 | true  | 5.138438ms   | 5.138438    |
            R2/defragmented/endpoint-health-table.txt                 | 2 | 6  | http://127.0.0.1:2379 | true  | 10.817797ms  | 10.817797   |
            R2/defragmented/endpoint-health-simple.txt                | 0 | 1  | http://127.0.0.3:2379 | true  | 6.354177ms   | 6.354177    |
            R2/defragmented/endpoint-health-simple.txt                | 1 | 2  | http://127.0.0.1:2379 | true  | 7.043773ms   | 7.043773    |
            R2/defragmented/endpoint-health-simple.txt                | 2 | 3  | http://127.0.0.2:2379 | true  | 5.346077ms   | 5.346077    |
            R2/defragmented/endpoint-health-fields.txt                | 0 | 1  | http://127.0.0.2:2379 | true  | 4.319961ms   | 4.319961    |
            R2/defragmented/endpoint-health-fields.txt                | 1 | 6  | http://127.0.0.3:2379 | true  | 6.027118ms   | 6.027118    |
            R2/defragmented/endpoint-health-fields.txt                | 2 | 11 | http://127.0.0.1:2379 | true  | 8.723769ms   | 8.723769    |
            R2/defragmented/endpoint-health-json.txt                  | 0 | 1  | http://127.0.0.1:2379 | true  | 23.967556ms  | 23.967556   |
            R2/defragmented/endpoint-health-json.txt                  | 1 | 1  | http://127.0.0.2:2379 | true  | 23.766261ms  | 23.766261   |
            R2/defragmented/endpoint-health-json.txt                  | 2 | 1  | http://127.0.0.3:2379 | true  | 24.656763ms  | 24.656763   |
            R2/slow-disk/endpoint-health-table.txt                    | 0 | 4  | http://127.0.0.1:2379 | true  | 2.049363462s | 2049.363462 |
            R2/slow-disk/endpoint-health-table.txt                    | 1 | 5  | http://127.0.0.2:2379 | true  | 2.503530028s | 2503.530028 |
            R2/slow-disk/endpoint-health-table.txt                    | 2 | 6  | http://127.0.0.3:2379 | true  | 4.949834817s | 4949.834817 |
            R2/slow-disk/endpoint-health-simple.txt                   | 0 | 1  | http://127.0.0.1:2379 | true  | 2.313527025s | 2313.527025 |
            R2/slow-disk/endpoint-health-simple.txt                   | 1 | 2  | http://127.0.0.2:2379 | true  | 2.504899667s | 2504.899667 |
            R2/slow-disk/endpoint-health-simple.txt                   | 2 | 3  | http://127.0.0.3:2379 | true  | 4.984733461s | 4984.733461 |
            R2/slow-disk/endpoint-health-fields.txt                   | 0 | 1  | http://127.0.0.1:2379 | true  | 514.991132ms | 514.991132  |
            R2/slow-disk/endpoint-health-fields.txt                   | 1 | 6  | http://127.0.0.3:2379 | true  | 2.414926347s | 2414.926347 |
            R2/slow-disk/endpoint-health-fields.txt                   | 2 | 11 | http://127.0.0.2:2379 | true  | 2.470967025s | 2470.967025 |
            R2/slow-disk/endpoint-health-json.txt                     | 0 | 1  | http://127.0.0.1:2379 | true  | 367.082006ms | 367.082006  |
            R2/slow-disk/endpoint-health-json.txt                     | 1 | 1  | http://127.0.0.3:2379 | true  | 2.479530332s | 2479.530332 |
            R2/slow-disk/endpoint-health-json.txt                     | 2 | 1  | http://127.0.0.2:2379 | true  | 2.515882339s | 2515.882339 |
            R2/lagging/endpoint-health-table.txt                      | 0 | 5  | http://127.0.0.1:2379 | true  | 9.569107ms   | 9.569107    |
            R2/lagging/endpoint-health-table.txt                      | 1 | 6  | http://127.0.0.2:2379 | true  | 10.219029ms  | 10.219029   |
            R2/lagging/endpoint-health-table.txt                      | 2 | 7  | http://127.0.0.3:2379 | false | 5.000433839s | 5000.433839 | context deadline exceeded
            R2/lagging/endpoint-health-simple.txt                     | 0 | 2  | http://127.0.0.2:2379 | true  | 2.042872ms   | 2.042872    |
            R2/lagging/endpoint-health-simple.txt                     | 1 | 3  | http://127.0.0.1:2379 | true  | 7.463277ms   | 7.463277    |
            R2/lagging/endpoint-health-simple.txt                     | 2 | 4  | http://127.0.0.3:2379 | false |              | -1          | failed to commit proposal: context deadline exceeded
            R2/lagging/endpoint-health-fields.txt                     | 0 | 1  | http://127.0.0.2:2379 | true  | 3.19408ms    | 3.19408     |
            R2/lagging/endpoint-health-fields.txt                     | 1 | 6  | http://127.0.0.1:2379 | true  | 6.48158ms    | 6.48158     |
            R2/lagging/endpoint-health-fields.txt                     | 2 | 11 | http://127.0.0.3:2379 | true  | 12.540537ms  | 12.540537   |
            R2/lagging/endpoint-health-json.txt                       | 0 | 1  | http://127.0.0.2:2379 | true  | 7.575881ms   | 7.575881    |
            R2/lagging/endpoint-health-json.txt                       | 1 | 1  | http://127.0.0.1:2379 | true  | 8.767682ms   | 8.767682    |
            R2/lagging/endpoint-health-json.txt                       | 2 | 1  | http://127.0.0.3:2379 | true  | 2.945511506s | 2945.511506 |
            R1/partitioned/endpoint-health-table.txt                  | 0 | 5  | http://127.0.0.1:2379 | true  | 12.474674ms  | 12.474674   |
            R1/partitioned/endpoint-health-table.txt                  | 1 | 6  | http://127.0.0.2:2379 | true  | 5.11556ms    | 5.11556     |
            R1/partitioned/endpoint-health-table.txt                  | 2 | 7  | http://127.0.0.3:2379 | false | 5.001089578s | 5001.089578 | rpc error: code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-simple.txt                 | 0 | 2  | http://127.0.0.1:2379 | true  | 2.802821ms   | 2.802821    |
            R1/partitioned/endpoint-health-simple.txt                 | 1 | 3  | http://127.0.0.2:2379 | true  | 2.702933ms   | 2.702933    |
            R1/partitioned/endpoint-health-simple.txt                 | 2 | 4  | http://127.0.0.3:2379 | false |              | -1          | failed to commit proposal: rpc error: code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-fields.txt                 | 0 | 2  | http://127.0.0.1:2379 | true  | 3.542952ms   | 3.542952    |
            R1/partitioned/endpoint-health-fields.txt                 | 1 | 7  | http://127.0.0.2:2379 | true  | 3.646665ms   | 3.646665    |
            R1/partitioned/endpoint-health-fields.txt                 | 2 | 12 | http://127.0.0.3:2379 | false | 5.000918449s | 5000.918449 | rpc error: code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-json.txt                   | 0 | 2  | http://127.0.0.1:2379 | true  | 3.773105ms   | 3.773105    |
            R1/partitioned/endpoint-health-json.txt                   | 1 | 2  | http://127.0.0.2:2379 | true  | 3.707443ms   | 3.707443    |
            R1/partitioned/endpoint-health-json.txt                   | 2 | 2  | http://127.0.0.3:2379 | false | 5.001166151s | 5001.166151 | context deadline exceeded
            R2/healthy/must-gather/etcd_info/endpoint_health.json     | 0 | 1  | http://127.0.0.3:2379 | true  | 7.33563ms    | 7.33563     |
            R2/healthy/must-gather/etcd_info/endpoint_health.json     | 1 | 1  | http://127.0.0.1:2379 | true  | 3.847751ms   | 3.847751    |
            R2/healthy/must-gather/etcd_info/endpoint_health.json     | 2 | 1  | http://127.0.0.2:2379 | true  | 8.445871ms   | 8.445871    |
            R1/member-down/must-gather/etcd_info/endpoint_health.json | 0 | 2  | http://127.0.0.1:2379 | true  | 3.099233ms   | 3.099233    |
            R1/member-down/must-gather/etcd_info/endpoint_health.json | 1 | 2  | http://127.0.0.2:2379 | true  | 4.694302ms   | 4.694302    |
            R1/member-down/must-gather/etcd_info/endpoint_health.json | 2 | 2  | http://127.0.0.3:2379 | false | 5.001118833s | 5001.118833 | context deadline exceeded
            """)
    void everyFieldOfEveryEndpoint(String file, int row, long line, String endpoint, boolean healthy, String took,
                                   double tookMillis, String error) {
        String path = Captures.path(file);
        String format = EtcdStatusCapturesTest.formatOf(path);
        EtcdEndpointHealth h = Parsing.fixture(PARSER, path).only(EtcdHealthReport.class).endpoints().get(row);
        String excerpt = switch (format) {
            case "fields" -> Captures.fieldsBlock(path, line);
            case "json" -> Captures.jsonElement(path, line, "{\"endpoint\":\"" + endpoint + "\"", "}");
            case "table" -> tableRow(path, line);
            default -> Captures.line(path, line).strip();
        };
        assertThat(h.tookMillis()).isCloseTo(tookMillis, within(1e-9));
        assertThat(h).isEqualTo(new EtcdEndpointHealth(endpoint, "", healthy, EtcdStatusCapturesTest.text(took), h.tookMillis(),
                EtcdStatusCapturesTest.text(error), EtcdctlFormat.of(format), Captures.at(path, line), excerpt));
    }

    /** A table row and the continuation lines tablewriter wrapped its long ERROR cell onto. */
    private static String tableRow(String path, long line) {
        StringBuilder row = new StringBuilder(Captures.line(path, line));
        List<String> all = Captures.lines(path);
        for (int i = (int) line; i < all.size() && all.get(i).startsWith("|  "); i++) {
            row.append('\n').append(all.get(i));
        }
        return row.toString();
    }

    /** Healthy moments: one report at the first endpoint, nothing else, no diagnostic. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # moment | first line of table, simple, fields, json
            R2/healthy          | 4 | 1 | 1 | 1
            R2/hot-loop         | 4 | 1 | 1 | 1
            R2/fragmented       | 4 | 1 | 1 | 1
            R2/defragmented-one | 4 | 1 | 1 | 1
            R2/defragmented     | 4 | 1 | 1 | 1
            R2/slow-disk        | 4 | 1 | 1 | 1
            """)
    void healthyMomentsHoldOneReportEach(String moment, long table, long simple, long fields, long json) {
        for (String format : List.of("table", "simple", "fields", "json")) {
            String path = Captures.path(moment) + "/endpoint-health-" + format + ".txt";
            Parsing p = Parsing.fixture(PARSER, path);
            assertThat(p.diagnostics).as(path).isEmpty();
            assertThat(p.records).as(path).hasSize(1);
            EtcdHealthReport r = p.only(EtcdHealthReport.class);
            assertThat(r.format().id()).isEqualTo(format);
            long line = switch (format) {
                case "table" -> table;
                case "simple" -> simple;
                case "fields" -> fields;
                default -> json;
            };
            assertThat(r.location()).isEqualTo(Captures.at(path, line));
            assertThat(r.endpoints()).hasSize(3).allMatch(EtcdEndpointHealth::healthy);
        }
        String mustGather = Captures.RUN2 + "healthy/must-gather/etcd_info/endpoint_health.json";
        Parsing p = Parsing.fixture(PARSER, mustGather);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(1);
        assertThat(p.only(EtcdHealthReport.class).location()).isEqualTo(Captures.at(mustGather, 1));
    }

    /**
     * Around an unhealthy member etcdctl logs the client's retry (a zap JSON line) before the output
     * and {@code Error: unhealthy cluster} after it: both are client errors at their lines, beside
     * the report, and nothing is a diagnostic.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file | report line | Error line | rpc error of the retry line
            R2/lagging/endpoint-health-table.txt         | 5 | 9  | code = DeadlineExceeded desc = context deadline exceeded
            R2/lagging/endpoint-health-simple.txt        | 2 | 5  | code = DeadlineExceeded desc = context deadline exceeded
            R1/partitioned/endpoint-health-table.txt     | 5 | 10 | code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-simple.txt    | 2 | 5  | code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-fields.txt    | 2 | 17 | code = Unknown desc = context deadline exceeded
            R1/partitioned/endpoint-health-json.txt      | 2 | 3  | code = DeadlineExceeded desc = context deadline exceeded
            R1/member-down/must-gather/etcd_info/endpoint_health.json | 2 | 3 | code = DeadlineExceeded desc = latest balancer error: all SubConns are in TransientFailure
            """)
    void stderrAroundAnUnhealthyClusterIsKeptAsClientErrors(String file, long reportLine, long errorLine, String rpcError) {
        String path = Captures.path(file);
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(3);
        EtcdClientError retry = new EtcdClientError("127.0.0.3:2379", List.of(), EtcdClientError.Cause.UNREACHABLE, true,
                "retrying of unary invoker failed: rpc error: " + rpcError,
                "endpoint health", Captures.at(path, 1), Captures.line(path, 1));
        EtcdClientError unhealthy = new EtcdClientError("", List.of(), EtcdClientError.Cause.OTHER, false, "unhealthy cluster", "endpoint health", Captures.at(path, errorLine),
                "Error: unhealthy cluster");
        EtcdHealthReport r = p.only(EtcdHealthReport.class);
        assertThat(p.records).containsExactlyInAnyOrder(retry, r, unhealthy);
        assertThat(r.format().id()).isEqualTo(EtcdStatusCapturesTest.formatOf(path));
        assertThat(r.location()).isEqualTo(Captures.at(path, reportLine));
        assertThat(r.endpoints()).extracting(EtcdEndpointHealth::healthy).containsExactly(true, true, false);
    }

    @Test
    void laggingJsonAndFieldsSawTheSlowFollowerHealthy() {
        // lagging/: the JSON and fields checks of etcd-master-2 (fdatasync delayed 3 s) committed in time
        Parsing json = Parsing.fixture(PARSER, Captures.RUN2 + "lagging/endpoint-health-json.txt");
        Parsing fields = Parsing.fixture(PARSER, Captures.RUN2 + "lagging/endpoint-health-fields.txt");
        assertThat(json.diagnostics).isEmpty();
        assertThat(fields.diagnostics).isEmpty();
        assertThat(json.records).hasSize(1);
        assertThat(fields.records).hasSize(1);
        assertThat(json.only(EtcdHealthReport.class).endpoints()).allMatch(EtcdEndpointHealth::healthy);
        assertThat(fields.only(EtcdHealthReport.class).endpoints()).allMatch(EtcdEndpointHealth::healthy);
    }
}
