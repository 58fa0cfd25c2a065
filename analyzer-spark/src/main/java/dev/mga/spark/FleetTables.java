package dev.mga.spark;

import dev.mga.fleet.FleetFinding;
import dev.mga.fleet.FleetInput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
            field("diagnostics", DataTypes.createArrayType(DataTypes.StringType, false), false)));

    private FleetTables() {
    }

    static Iterator<Row> findingRows(FleetInput in) {
        List<Row> rows = new ArrayList<>(in.findings().size());
        for (FleetFinding f : in.findings()) {
            List<Row> evidence = f.evidence().stream().map(w -> RowFactory.create(w.path(), w.line())).toList();
            FleetFinding.Where first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            rows.add(RowFactory.create(in.input(), f.ruleId(), f.severity().id(), f.summary(),
                    first == null ? null : first.path(), first == null ? null : first.line(), seq(evidence)));
        }
        return rows.iterator();
    }

    static Row inputRow(FleetInput in) {
        return RowFactory.create(in.input(), in.status().id(), in.reason(), in.kind(), in.bytes(), in.entries(), in.parsed(),
                in.failed(), in.skipped(), in.unknown(), (long) in.findings().size(),
                in.highestSeverity().map(s -> s.id()).orElse(null), in.diagnosticCount(), seq(in.diagnostics()));
    }

    /** Spark's row encoder takes arrays as Scala sequences only. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
