package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.testing.Parsing;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code etcdctl endpoint status} as etcdctl 3.4.23 printed it in every write-out format, at every
 * moment of the real capture runs, and the must-gather's {@code etcd_info/endpoint_status.json}.
 * Every field of every status is compared with what the file says (read off the files: table and
 * simple sizes are the printed ones, fields and JSON the byte counts, ids in hex).
 */
class EtcdStatusCapturesTest {

    private static final EtcdctlOutputParser PARSER = new EtcdctlOutputParser("endpoint status");

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource(delimiter = '|', textBlock = """
            # file | # | line | endpoint | id | DB size | as printed | in use | leader | leader id | term | raft index | applied | errors | fields header
            R2/healthy/endpoint-status-table.txt                      | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 1000000   | 1.0 MB    | -1       | false |                  | 2  | 2739  | 2739  |                       |
            R2/healthy/endpoint-status-table.txt                      | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 1000000   | 1.0 MB    | -1       | true  |                  | 2  | 2739  | 2739  |                       |
            R2/healthy/endpoint-status-table.txt                      | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 1000000   | 1.0 MB    | -1       | false |                  | 2  | 2739  | 2739  |                       |
            R2/healthy/endpoint-status-simple.txt                     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 1000000   | 1.0 MB    | -1       | false |                  | 2  | 2738  | 2738  |                       |
            R2/healthy/endpoint-status-simple.txt                     | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 1000000   | 1.0 MB    | -1       | true  |                  | 2  | 2738  | 2738  |                       |
            R2/healthy/endpoint-status-simple.txt                     | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 1000000   | 1.0 MB    | -1       | false |                  | 2  | 2738  | 2738  |                       |
            R2/healthy/endpoint-status-fields.txt                     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 1036288   | 1036288   | -1       | false | d1f3fcef51bc3c9e | 2  | 2740  | 2740  |                       | ClusterID=13860580471124810119;Revision=2731
            R2/healthy/endpoint-status-fields.txt                     | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 1036288   | 1036288   | -1       | true  | d1f3fcef51bc3c9e | 2  | 2740  | 2740  |                       | ClusterID=13860580471124810119;Revision=2731
            R2/healthy/endpoint-status-fields.txt                     | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 1036288   | 1036288   | -1       | false | d1f3fcef51bc3c9e | 2  | 2740  | 2740  |                       | ClusterID=13860580471124810119;Revision=2731
            R2/healthy/endpoint-status-json.txt                       | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 1036288   | 1036288   | 1036288  | false | d1f3fcef51bc3c9e | 2  | 2741  | 2741  |                       |
            R2/healthy/endpoint-status-json.txt                       | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 1036288   | 1036288   | 1036288  | true  | d1f3fcef51bc3c9e | 2  | 2741  | 2741  |                       |
            R2/healthy/endpoint-status-json.txt                       | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 1036288   | 1036288   | 1036288  | false | d1f3fcef51bc3c9e | 2  | 2741  | 2741  |                       |
            R2/hot-loop/endpoint-status-table.txt                     | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 24000000  | 24 MB     | -1       | false |                  | 2  | 14732 | 14732 |                       |
            R2/hot-loop/endpoint-status-table.txt                     | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 24000000  | 24 MB     | -1       | true  |                  | 2  | 14732 | 14732 |                       |
            R2/hot-loop/endpoint-status-table.txt                     | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 24000000  | 24 MB     | -1       | false |                  | 2  | 14732 | 14732 |                       |
            R2/hot-loop/endpoint-status-simple.txt                    | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 24000000  | 24 MB     | -1       | false |                  | 2  | 14731 | 14731 |                       |
            R2/hot-loop/endpoint-status-simple.txt                    | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 24000000  | 24 MB     | -1       | true  |                  | 2  | 14731 | 14731 |                       |
            R2/hot-loop/endpoint-status-simple.txt                    | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 24000000  | 24 MB     | -1       | false |                  | 2  | 14731 | 14731 |                       |
            R2/hot-loop/endpoint-status-fields.txt                    | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 23625728  | 23625728  | -1       | false | d1f3fcef51bc3c9e | 2  | 14733 | 14733 |                       | ClusterID=13860580471124810119;Revision=14719
            R2/hot-loop/endpoint-status-fields.txt                    | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 23625728  | 23625728  | -1       | true  | d1f3fcef51bc3c9e | 2  | 14733 | 14733 |                       | ClusterID=13860580471124810119;Revision=14719
            R2/hot-loop/endpoint-status-fields.txt                    | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 23625728  | 23625728  | -1       | false | d1f3fcef51bc3c9e | 2  | 14733 | 14733 |                       | ClusterID=13860580471124810119;Revision=14719
            R2/hot-loop/endpoint-status-json.txt                      | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 23625728  | 23625728  | 23625728 | false | d1f3fcef51bc3c9e | 2  | 14734 | 14734 |                       |
            R2/hot-loop/endpoint-status-json.txt                      | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 23625728  | 23625728  | 23625728 | true  | d1f3fcef51bc3c9e | 2  | 14734 | 14734 |                       |
            R2/hot-loop/endpoint-status-json.txt                      | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 23625728  | 23625728  | 23625728 | false | d1f3fcef51bc3c9e | 2  | 14734 | 14734 |                       |
            R2/fragmented/endpoint-status-table.txt                   | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 181000000 | 181 MB    | -1       | false |                  | 2  | 22237 | 22237 |                       |
            R2/fragmented/endpoint-status-table.txt                   | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 182000000 | 182 MB    | -1       | true  |                  | 2  | 22237 | 22237 |                       |
            R2/fragmented/endpoint-status-table.txt                   | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 182000000 | 182 MB    | -1       | false |                  | 2  | 22237 | 22237 |                       |
            R2/fragmented/endpoint-status-simple.txt                  | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 181000000 | 181 MB    | -1       | false |                  | 2  | 22236 | 22236 |                       |
            R2/fragmented/endpoint-status-simple.txt                  | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 182000000 | 182 MB    | -1       | true  |                  | 2  | 22236 | 22236 |                       |
            R2/fragmented/endpoint-status-simple.txt                  | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 182000000 | 182 MB    | -1       | false |                  | 2  | 22236 | 22236 |                       |
            R2/fragmented/endpoint-status-fields.txt                  | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 181260288 | 181260288 | -1       | false | d1f3fcef51bc3c9e | 2  | 22238 | 22238 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/fragmented/endpoint-status-fields.txt                  | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 181772288 | 181772288 | -1       | true  | d1f3fcef51bc3c9e | 2  | 22238 | 22238 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/fragmented/endpoint-status-fields.txt                  | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 181485568 | 181485568 | -1       | false | d1f3fcef51bc3c9e | 2  | 22238 | 22238 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/fragmented/endpoint-status-json.txt                    | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 181260288 | 181260288 | 4284416  | false | d1f3fcef51bc3c9e | 2  | 22239 | 22239 |                       |
            R2/fragmented/endpoint-status-json.txt                    | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 181772288 | 181772288 | 4284416  | true  | d1f3fcef51bc3c9e | 2  | 22239 | 22239 |                       |
            R2/fragmented/endpoint-status-json.txt                    | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 181485568 | 181485568 | 4284416  | false | d1f3fcef51bc3c9e | 2  | 22239 | 22239 |                       |
            R2/defragmented-one/endpoint-status-table.txt             | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22241 | 22241 |                       |
            R2/defragmented-one/endpoint-status-table.txt             | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4000000   | 4.0 MB    | -1       | true  |                  | 2  | 22241 | 22241 |                       |
            R2/defragmented-one/endpoint-status-table.txt             | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22241 | 22241 |                       |
            R2/defragmented-one/endpoint-status-simple.txt            | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22240 | 22240 |                       |
            R2/defragmented-one/endpoint-status-simple.txt            | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4000000   | 4.0 MB    | -1       | true  |                  | 2  | 22240 | 22240 |                       |
            R2/defragmented-one/endpoint-status-simple.txt            | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22240 | 22240 |                       |
            R2/defragmented-one/endpoint-status-fields.txt            | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 3981312   | 3981312   | -1       | false | d1f3fcef51bc3c9e | 2  | 22242 | 22242 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented-one/endpoint-status-fields.txt            | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 3981312   | 3981312   | -1       | true  | d1f3fcef51bc3c9e | 2  | 22242 | 22242 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented-one/endpoint-status-fields.txt            | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 3981312   | 3981312   | -1       | false | d1f3fcef51bc3c9e | 2  | 22242 | 22242 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented-one/endpoint-status-json.txt              | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 3981312   | 3981312   | 3973120  | false | d1f3fcef51bc3c9e | 2  | 22243 | 22243 |                       |
            R2/defragmented-one/endpoint-status-json.txt              | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 3981312   | 3981312   | 3973120  | true  | d1f3fcef51bc3c9e | 2  | 22243 | 22243 |                       |
            R2/defragmented-one/endpoint-status-json.txt              | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 3981312   | 3981312   | 3973120  | false | d1f3fcef51bc3c9e | 2  | 22243 | 22243 |                       |
            R2/defragmented/endpoint-status-table.txt                 | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22245 | 22245 |                       |
            R2/defragmented/endpoint-status-table.txt                 | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4000000   | 4.0 MB    | -1       | true  |                  | 2  | 22245 | 22245 |                       |
            R2/defragmented/endpoint-status-table.txt                 | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22245 | 22245 |                       |
            R2/defragmented/endpoint-status-simple.txt                | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22244 | 22244 |                       |
            R2/defragmented/endpoint-status-simple.txt                | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4000000   | 4.0 MB    | -1       | true  |                  | 2  | 22244 | 22244 |                       |
            R2/defragmented/endpoint-status-simple.txt                | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 4000000   | 4.0 MB    | -1       | false |                  | 2  | 22244 | 22244 |                       |
            R2/defragmented/endpoint-status-fields.txt                | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 3981312   | 3981312   | -1       | false | d1f3fcef51bc3c9e | 2  | 22246 | 22246 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented/endpoint-status-fields.txt                | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 3981312   | 3981312   | -1       | true  | d1f3fcef51bc3c9e | 2  | 22246 | 22246 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented/endpoint-status-fields.txt                | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 3981312   | 3981312   | -1       | false | d1f3fcef51bc3c9e | 2  | 22246 | 22246 |                       | ClusterID=13860580471124810119;Revision=22219
            R2/defragmented/endpoint-status-json.txt                  | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 3981312   | 3981312   | 3973120  | false | d1f3fcef51bc3c9e | 2  | 22247 | 22247 |                       |
            R2/defragmented/endpoint-status-json.txt                  | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 3981312   | 3981312   | 3973120  | true  | d1f3fcef51bc3c9e | 2  | 22247 | 22247 |                       |
            R2/defragmented/endpoint-status-json.txt                  | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 3981312   | 3981312   | 3973120  | false | d1f3fcef51bc3c9e | 2  | 22247 | 22247 |                       |
            R2/slow-disk/endpoint-status-table.txt                    | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4100000   | 4.1 MB    | -1       | false |                  | 2  | 22257 | 22257 |                       |
            R2/slow-disk/endpoint-status-table.txt                    | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4100000   | 4.1 MB    | -1       | true  |                  | 2  | 22257 | 22255 |                       |
            R2/slow-disk/endpoint-status-table.txt                    | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 4100000   | 4.1 MB    | -1       | false |                  | 2  | 22256 | 22256 |                       |
            R2/slow-disk/endpoint-status-simple.txt                   | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4100000   | 4.1 MB    | -1       | false |                  | 2  | 22250 | 22250 |                       |
            R2/slow-disk/endpoint-status-simple.txt                   | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4100000   | 4.1 MB    | -1       | true  |                  | 2  | 22251 | 22249 |                       |
            R2/slow-disk/endpoint-status-simple.txt                   | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 4100000   | 4.1 MB    | -1       | false |                  | 2  | 22251 | 22251 |                       |
            R2/slow-disk/endpoint-status-fields.txt                   | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4067328   | 4067328   | -1       | false | d1f3fcef51bc3c9e | 2  | 22263 | 22263 |                       | ClusterID=13860580471124810119;Revision=22232
            R2/slow-disk/endpoint-status-fields.txt                   | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4067328   | 4067328   | -1       | true  | d1f3fcef51bc3c9e | 2  | 22263 | 22261 |                       | ClusterID=13860580471124810119;Revision=22231
            R2/slow-disk/endpoint-status-fields.txt                   | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 4067328   | 4067328   | -1       | false | d1f3fcef51bc3c9e | 2  | 22263 | 22263 |                       | ClusterID=13860580471124810119;Revision=22232
            R2/slow-disk/endpoint-status-json.txt                     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 4067328   | 4067328   | 3993600  | false | d1f3fcef51bc3c9e | 2  | 22267 | 22267 |                       |
            R2/slow-disk/endpoint-status-json.txt                     | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 4067328   | 4067328   | 3993600  | true  | d1f3fcef51bc3c9e | 2  | 22267 | 22265 |                       |
            R2/slow-disk/endpoint-status-json.txt                     | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 4067328   | 4067328   | 3993600  | false | d1f3fcef51bc3c9e | 2  | 22267 | 22267 |                       |
            R2/lagging/endpoint-status-table.txt                      | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 6900000   | 6.9 MB    | -1       | false |                  | 2  | 27224 | 27224 |                       |
            R2/lagging/endpoint-status-table.txt                      | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 6900000   | 6.9 MB    | -1       | true  |                  | 2  | 27224 | 27224 |                       |
            R2/lagging/endpoint-status-table.txt                      | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 6400000   | 6.4 MB    | -1       | false |                  | 2  | 26690 | 23734 |                       |
            R2/lagging/endpoint-status-simple.txt                     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 6800000   | 6.8 MB    | -1       | false |                  | 2  | 26170 | 26170 |                       |
            R2/lagging/endpoint-status-simple.txt                     | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 6800000   | 6.8 MB    | -1       | true  |                  | 2  | 26171 | 26171 |                       |
            R2/lagging/endpoint-status-simple.txt                     | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 6300000   | 6.3 MB    | -1       | false |                  | 2  | 23223 | 23223 |                       |
            R2/lagging/endpoint-status-fields.txt                     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 6922240   | 6922240   | -1       | false | d1f3fcef51bc3c9e | 2  | 27225 | 27225 |                       | ClusterID=13860580471124810119;Revision=27190
            R2/lagging/endpoint-status-fields.txt                     | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 6922240   | 6922240   | -1       | true  | d1f3fcef51bc3c9e | 2  | 27225 | 27225 |                       | ClusterID=13860580471124810119;Revision=27190
            R2/lagging/endpoint-status-fields.txt                     | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 6922240   | 6922240   | -1       | false | d1f3fcef51bc3c9e | 2  | 27225 | 27225 |                       | ClusterID=13860580471124810119;Revision=27190
            R2/lagging/endpoint-status-json.txt                       | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 6922240   | 6922240   | 6922240  | false | d1f3fcef51bc3c9e | 2  | 27226 | 27226 |                       |
            R2/lagging/endpoint-status-json.txt                       | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 6922240   | 6922240   | 6922240  | true  | d1f3fcef51bc3c9e | 2  | 27226 | 27226 |                       |
            R2/lagging/endpoint-status-json.txt                       | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 6922240   | 6922240   | 6922240  | false | d1f3fcef51bc3c9e | 2  | 27225 | 27225 |                       |
            R1/partitioned/endpoint-status-table.txt                  | 0 | 4  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 5600000   | 5.6 MB    | -1       | true  |                  | 25 | 17314 | 17314 |                       |
            R1/partitioned/endpoint-status-table.txt                  | 1 | 5  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 5700000   | 5.7 MB    | -1       | false |                  | 25 | 17314 | 17314 |                       |
            R1/partitioned/endpoint-status-table.txt                  | 2 | 6  | http://127.0.0.3:2379 | d3684a044ff56334 | 5600000   | 5.6 MB    | -1       | false |                  | 25 | 17313 | 17313 | etcdserver: no leader |
            R1/partitioned/endpoint-status-simple.txt                 | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 5600000   | 5.6 MB    | -1       | true  |                  | 25 | 17313 | 17313 |                       |
            R1/partitioned/endpoint-status-simple.txt                 | 1 | 2  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 5700000   | 5.7 MB    | -1       | false |                  | 25 | 17313 | 17313 |                       |
            R1/partitioned/endpoint-status-simple.txt                 | 2 | 3  | http://127.0.0.3:2379 | d3684a044ff56334 | 5600000   | 5.6 MB    | -1       | false |                  | 25 | 17313 | 17313 | etcdserver: no leader |
            R1/partitioned/endpoint-status-fields.txt                 | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 5648384   | 5648384   | -1       | true  | 2c9f379386efc5a3 | 25 | 17315 | 17315 |                       | ClusterID=13860580471124810119;Revision=17272
            R1/partitioned/endpoint-status-fields.txt                 | 1 | 15 | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 5652480   | 5652480   | -1       | false | 2c9f379386efc5a3 | 25 | 17315 | 17315 |                       | ClusterID=13860580471124810119;Revision=17272
            R1/partitioned/endpoint-status-fields.txt                 | 2 | 29 | http://127.0.0.3:2379 | d3684a044ff56334 | 5648384   | 5648384   | -1       | false |                  | 25 | 17313 | 17313 | etcdserver: no leader | ClusterID=13860580471124810119;Revision=17272
            R1/partitioned/endpoint-status-json.txt                   | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 5648384   | 5648384   | 5648384  | true  | 2c9f379386efc5a3 | 25 | 17316 | 17316 |                       |
            R1/partitioned/endpoint-status-json.txt                   | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 5652480   | 5652480   | 5652480  | false | 2c9f379386efc5a3 | 25 | 17316 | 17316 |                       |
            R1/partitioned/endpoint-status-json.txt                   | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 5648384   | 5648384   | 5648384  | false |                  | 25 | 17313 | 17313 | etcdserver: no leader |
            R2/healthy/must-gather/etcd_info/endpoint_status.json     | 0 | 1  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 1036288   | 1036288   | 1036288  | false | d1f3fcef51bc3c9e | 2  | 2742  | 2742  |                       |
            R2/healthy/must-gather/etcd_info/endpoint_status.json     | 1 | 1  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 1036288   | 1036288   | 1036288  | true  | d1f3fcef51bc3c9e | 2  | 2742  | 2742  |                       |
            R2/healthy/must-gather/etcd_info/endpoint_status.json     | 2 | 1  | http://127.0.0.3:2379 | d3684a044ff56334 | 1036288   | 1036288   | 1036288  | false | d1f3fcef51bc3c9e | 2  | 2742  | 2742  |                       |
            R1/member-down/must-gather/etcd_info/endpoint_status.json | 0 | 3  | http://127.0.0.1:2379 | 2c9f379386efc5a3 | 5648384   | 5648384   | 5648384  | true  | 2c9f379386efc5a3 | 47 | 17326 | 17326 |                       |
            R1/member-down/must-gather/etcd_info/endpoint_status.json | 1 | 3  | http://127.0.0.2:2379 | d1f3fcef51bc3c9e | 5652480   | 5652480   | 5652480  | false | 2c9f379386efc5a3 | 47 | 17326 | 17326 |                       |
            """)
    void everyFieldOfEveryStatus(String file, int row, long line, String endpoint, String id, long dbSize, String dbSizeText,
                                 long inUse, boolean leader, String leaderId, long term, long raftIndex, long applied,
                                 String errors, String fieldsHeader) {
        String path = Captures.path(file);
        String format = formatOf(path);
        EtcdEndpointStatus s = Parsing.fixture(PARSER, path).only(EtcdStatusReport.class).statuses().get(row);
        String excerpt = switch (format) {
            case "fields" -> Captures.fieldsBlock(path, line);
            case "json" -> Captures.jsonElement(path, line, "{\"Endpoint\":\"" + endpoint + "\"", "}}");
            default -> Captures.line(path, line).strip();
        };
        assertThat(s).isEqualTo(new EtcdEndpointStatus(endpoint, id, "3.4.23", "", dbSize, dbSizeText, inUse, 0, leader,
                text(leaderId), false, term, raftIndex, applied, errors == null ? List.of() : List.of(errors),
                header(fieldsHeader), EtcdctlFormat.of(format), Captures.at(path, line), excerpt));
    }

    /** One report per file, in the file's format, at its first status; nothing else, no diagnostic. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file | statuses | report line | leaders | max raft index | max applied | max DB size | min DB size
            R2/healthy/endpoint-status-table.txt           | 3 | 4 | 1 | 2739  | 2739  | 1000000   | 1000000
            R2/healthy/endpoint-status-simple.txt          | 3 | 1 | 1 | 2738  | 2738  | 1000000   | 1000000
            R2/healthy/endpoint-status-fields.txt          | 3 | 1 | 1 | 2740  | 2740  | 1036288   | 1036288
            R2/healthy/endpoint-status-json.txt            | 3 | 1 | 1 | 2741  | 2741  | 1036288   | 1036288
            R2/healthy/must-gather/etcd_info/endpoint_status.json | 3 | 1 | 1 | 2742 | 2742 | 1036288 | 1036288
            R2/hot-loop/endpoint-status-table.txt          | 3 | 4 | 1 | 14732 | 14732 | 24000000  | 24000000
            R2/hot-loop/endpoint-status-simple.txt         | 3 | 1 | 1 | 14731 | 14731 | 24000000  | 24000000
            R2/hot-loop/endpoint-status-fields.txt         | 3 | 1 | 1 | 14733 | 14733 | 23625728  | 23625728
            R2/hot-loop/endpoint-status-json.txt           | 3 | 1 | 1 | 14734 | 14734 | 23625728  | 23625728
            R2/fragmented/endpoint-status-table.txt        | 3 | 4 | 1 | 22237 | 22237 | 182000000 | 181000000
            R2/fragmented/endpoint-status-simple.txt       | 3 | 1 | 1 | 22236 | 22236 | 182000000 | 181000000
            R2/fragmented/endpoint-status-fields.txt       | 3 | 1 | 1 | 22238 | 22238 | 181772288 | 181260288
            R2/fragmented/endpoint-status-json.txt         | 3 | 1 | 1 | 22239 | 22239 | 181772288 | 181260288
            R2/defragmented-one/endpoint-status-table.txt  | 3 | 4 | 1 | 22241 | 22241 | 4000000   | 4000000
            R2/defragmented-one/endpoint-status-simple.txt | 3 | 1 | 1 | 22240 | 22240 | 4000000   | 4000000
            R2/defragmented-one/endpoint-status-fields.txt | 3 | 1 | 1 | 22242 | 22242 | 3981312   | 3981312
            R2/defragmented-one/endpoint-status-json.txt   | 3 | 1 | 1 | 22243 | 22243 | 3981312   | 3981312
            R2/defragmented/endpoint-status-table.txt      | 3 | 4 | 1 | 22245 | 22245 | 4000000   | 4000000
            R2/defragmented/endpoint-status-simple.txt     | 3 | 1 | 1 | 22244 | 22244 | 4000000   | 4000000
            R2/defragmented/endpoint-status-fields.txt     | 3 | 1 | 1 | 22246 | 22246 | 3981312   | 3981312
            R2/defragmented/endpoint-status-json.txt       | 3 | 1 | 1 | 22247 | 22247 | 3981312   | 3981312
            R2/slow-disk/endpoint-status-table.txt         | 3 | 4 | 1 | 22257 | 22257 | 4100000   | 4100000
            R2/slow-disk/endpoint-status-simple.txt        | 3 | 1 | 1 | 22251 | 22251 | 4100000   | 4100000
            R2/slow-disk/endpoint-status-fields.txt        | 3 | 1 | 1 | 22263 | 22263 | 4067328   | 4067328
            R2/slow-disk/endpoint-status-json.txt          | 3 | 1 | 1 | 22267 | 22267 | 4067328   | 4067328
            R2/lagging/endpoint-status-table.txt           | 3 | 4 | 1 | 27224 | 27224 | 6900000   | 6400000
            R2/lagging/endpoint-status-simple.txt          | 3 | 1 | 1 | 26171 | 26171 | 6800000   | 6300000
            R2/lagging/endpoint-status-fields.txt          | 3 | 1 | 1 | 27225 | 27225 | 6922240   | 6922240
            R2/lagging/endpoint-status-json.txt            | 3 | 1 | 1 | 27226 | 27226 | 6922240   | 6922240
            R1/partitioned/endpoint-status-table.txt       | 3 | 4 | 1 | 17314 | 17314 | 5700000   | 5600000
            R1/partitioned/endpoint-status-simple.txt      | 3 | 1 | 1 | 17313 | 17313 | 5700000   | 5600000
            R1/partitioned/endpoint-status-fields.txt      | 3 | 1 | 1 | 17315 | 17315 | 5652480   | 5648384
            R1/partitioned/endpoint-status-json.txt        | 3 | 1 | 1 | 17316 | 17316 | 5652480   | 5648384
            """)
    void oneReportPerFileAndNoDiagnostic(String file, int statuses, long line, long leaders, long maxIndex, long maxApplied,
                                         long maxDb, long minDb) {
        String path = Captures.path(file);
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(1);
        EtcdStatusReport r = p.only(EtcdStatusReport.class);
        assertThat(r.format().id()).isEqualTo(formatOf(path));
        assertThat(r.location()).isEqualTo(Captures.at(path, line));
        assertThat(r.statuses()).hasSize(statuses);
        assertThat(r.leaderCount()).isEqualTo(leaders);
        assertThat(r.maxRaftIndex()).isEqualTo(maxIndex);
        assertThat(r.maxRaftAppliedIndex()).isEqualTo(maxApplied);
        assertThat(r.maxDbSizeBytes()).isEqualTo(maxDb);
        assertThat(r.minDbSizeBytes()).isEqualTo(minDb);
    }

    @Test
    void fragmentedShareComesFromJsonInUseSizeOnly() {
        // fragmented/: 181,260,288 bytes allocated on etcd-master-0, 4,284,416 in use
        EtcdEndpointStatus json = Parsing.fixture(PARSER, Captures.RUN2 + "fragmented/endpoint-status-json.txt")
                .only(EtcdStatusReport.class).statuses().get(0);
        assertThat(json.fragmentedShare()).isEqualTo((181_260_288 - 4_284_416) / 181_260_288.0);
        EtcdEndpointStatus table = Parsing.fixture(PARSER, Captures.RUN2 + "fragmented/endpoint-status-table.txt")
                .only(EtcdStatusReport.class).statuses().get(0);
        assertThat(table.fragmentedShare()).isEqualTo(-1);
    }

    /**
     * The real NOSPACE capture: etcdctl's table wraps the long ERRORS cell onto a second row with
     * every other cell empty; the row is one member, its error the alarm, in table and json alike.
     */
    @Test
    void nospaceAlarmInAWrappedTableCellAndInJson() {
        String dir = "etcd/alarm-nospace/capture/";
        Parsing table = Parsing.fixture(PARSER, dir + "endpoint-status-table.txt");
        assertThat(table.diagnostics).isEmpty();
        EtcdEndpointStatus t = table.only(EtcdStatusReport.class).statuses().get(0);
        assertThat(table.only(EtcdStatusReport.class).statuses()).hasSize(1);
        assertThat(t.memberId()).isEqualTo("2e1259d415f2a040");
        assertThat(t.dbSizeBytes()).isEqualTo(17_000_000);
        assertThat(t.raftIndex()).isEqualTo(15);
        assertThat(t.errors()).containsExactly("memberID:3319814642761637952 alarm:NOSPACE");
        assertThat(t.alarmErrors()).hasSize(1);
        assertThat(t.location().line()).isEqualTo(4);

        EtcdEndpointStatus j = Parsing.fixture(PARSER, dir + "etcd_info/endpoint_status.json").only(EtcdStatusReport.class)
                .statuses().get(0);
        assertThat(j.memberId()).isEqualTo("2e1259d415f2a040");
        assertThat(j.dbSizeBytes()).isEqualTo(17_367_040);
        assertThat(j.dbSizeInUseBytes()).isEqualTo(8_028_160);
        assertThat(j.alarmErrors()).hasSize(1);
        assertThat(j.healthErrors()).isEmpty();
    }

    @Test
    void partitionedMemberReportsNoLeaderAsAHealthErrorNotAnAlarm() {
        for (String f : List.of("table", "simple", "fields", "json")) {
            EtcdEndpointStatus s = Parsing.fixture(PARSER, Captures.RUN1 + "partitioned/endpoint-status-" + f + ".txt")
                    .only(EtcdStatusReport.class).statuses().get(2);
            assertThat(s.healthErrors()).as(f).containsExactly("etcdserver: no leader");
            assertThat(s.alarmErrors()).as(f).isEmpty();
        }
    }

    /**
     * The must-gather file of the stopped leader, written with {@code 2>&1}: a client retry log line,
     * the {@code Failed to get the status} line, then the JSON of the two members that answered.
     */
    @Test
    void memberDownStatusKeepsTheStderrLinesAsClientErrors() {
        String path = Captures.RUN1 + "member-down/must-gather/etcd_info/endpoint_status.json";
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(3);
        assertThat(p.all(EtcdClientError.class)).containsExactly(
                new EtcdClientError("http://127.0.0.3:2379", List.of(), EtcdClientError.Cause.UNREACHABLE, true,
                        "retrying of unary invoker failed: rpc error: code = DeadlineExceeded"
                        + " desc = latest balancer error: connection error: desc = \"transport: Error while dialing dial tcp"
                        + " 127.0.0.3:2379: connect: connection refused\"", "endpoint status", Captures.at(path, 1),
                        Captures.line(path, 1)),
                new EtcdClientError("http://127.0.0.3:2379", List.of(), EtcdClientError.Cause.UNREACHABLE, false,
                        "context deadline exceeded", "endpoint status",
                        Captures.at(path, 2), Captures.line(path, 2)));
        EtcdStatusReport r = p.only(EtcdStatusReport.class);
        assertThat(r.format().id()).isEqualTo("json");
        assertThat(r.location()).isEqualTo(Captures.at(path, 3));
        assertThat(r.statuses()).extracting(EtcdEndpointStatus::endpoint).containsExactly("http://127.0.0.1:2379", "http://127.0.0.2:2379");
        assertThat(r.leaderCount()).isEqualTo(1);
    }

    static String formatOf(String path) {
        return path.endsWith("-table.txt") ? "table" : path.endsWith("-simple.txt") ? "simple"
                : path.endsWith("-fields.txt") ? "fields" : "json";
    }

    static String text(String csv) {
        return csv == null ? "" : csv;
    }

    private static Map<String, String> header(String csv) {
        Map<String, String> m = new LinkedHashMap<>();
        if (csv != null) {
            Arrays.stream(csv.split(";")).map(kv -> kv.split("=", 2)).forEach(kv -> m.put(kv[0], kv[1]));
        }
        return m;
    }
}
