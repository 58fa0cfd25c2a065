package dev.mga.spark;

import dev.mga.fleet.FleetFinding;
import dev.mga.fleet.FleetInput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The two tables the job writes, made from the same per-input results as {@code fleet.json}:
 * {@code findings} (one row per finding) and {@code inputs} (one row per capture). Column names
 * follow the JSON report's.
 */
final class FleetTables {

    static final StructType EVIDENCE = DataTypes.createStructType(List.of(
            field("path", DataTypes.StringType, false),
            field("line", DataTypes.LongType, false)));

    static final StructType FINDINGS = DataTypes.createStructType(List.of(
            field("input", DataTypes.StringType, false),
            field("ruleId", DataTypes.StringType, false),
            field("severity", DataTypes.StringType, false),
            field("summary", DataTypes.StringType, false),
            field("subject", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
            field("figures", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false),
            field("evidencePath", DataTypes.StringType, true),
            field("evidenceLine", DataTypes.LongType, true),
            field("evidence", DataTypes.createArrayType(EVIDENCE, false), false)));

    static final StructType INPUTS = DataTypes.createStructType(List.of(
            field("input", DataTypes.StringType, false),
            field("status", DataTypes.StringType, false),
            field("reason", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("bytes", DataTypes.LongType, false),
            field("entries", DataTypes.LongType, false),
            field("parsed", DataTypes.LongType, false),
            field("failed", DataTypes.LongType, false),
            field("skipped", DataTypes.LongType, false),
            field("unknown", DataTypes.LongType, false),
            field("findings", DataTypes.LongType, false),
            field("highestSeverity", DataTypes.StringType, true),
            field("diagnosticCount", DataTypes.LongType, false),
            field("diagnostics", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("capturedAt", DataTypes.StringType, true),
            field("clusterId", DataTypes.StringType, true),
            field("clusterVersion", DataTypes.StringType, true),
            field("platform", DataTypes.StringType, true),
            field("nodes", DataTypes.LongType, false),
            field("rulesEvaluated", DataTypes.LongType, false),
            field("coverage", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)));

    private FleetTables() {
    }

    static Iterator<Row> findingRows(FleetInput in) {
        List<Row> rows = new ArrayList<>(in.findings().size());
        for (FleetFinding f : in.findings()) {
            List<Row> evidence = f.evidence().stream().map(w -> RowFactory.create(w.path(), w.line())).toList();
            FleetFinding.Where first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            Map<String, Double> figures = new LinkedHashMap<>();
            f.figures().forEach((k, v) -> figures.put(k, v.doubleValue()));
            rows.add(RowFactory.create(in.input(), f.ruleId(), f.severity().id(), f.summary(), map(f.subject()), map(figures),
                    first == null ? null : first.path(), first == null ? null : first.line(), seq(evidence)));
        }
        return rows.iterator();
    }

    static Row inputRow(FleetInput in) {
        FleetInput.Capture c = in.capture();
        return RowFactory.create(in.input(), in.status().id(), in.reason(), in.kind(), in.bytes(), in.entries(), in.parsed(),
                in.failed(), in.skipped(), in.unknown(), (long) in.findings().size(),
                in.highestSeverity().map(s -> s.id()).orElse(null), in.diagnosticCount(), seq(in.diagnostics()),
                orNull(c.capturedAt()), orNull(c.clusterId()), orNull(c.clusterVersion()), orNull(c.platform()), c.nodes(),
                in.rulesEvaluated(), map(in.coverage()));
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Spark's row encoder takes maps as Scala maps only. */
    private static <K, V> scala.collection.Map<K, V> map(Map<K, V> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    /** Spark's row encoder takes arrays as Scala sequences only. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
