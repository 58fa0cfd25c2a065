package dev.mga.spark;

import dev.mga.fleet.Fleet;
import dev.mga.fleet.FleetInput;
import dev.mga.fleet.FleetJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the fleet job on a Spark session: list the captures, analyse each on an executor,
 * write {@code OUTPUT/findings}, {@code OUTPUT/inputs} and {@code OUTPUT/fleet.json}.
 */
final class FleetRun {

    /** Table formats the job writes. */
    enum Format {
        PARQUET, JSON;

        String sparkName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Rows per output file, roughly: a few files for a fleet of thousands, one for a dozen. */
    private static final int INPUTS_PER_FILE = 5000;

    private final SparkSession spark;
    private final JobSettings settings;

    FleetRun(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /** Runs the job and returns the fleet it wrote. */
    Fleet run(List<String> inputs, String output, Format format) throws IOException {
        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
        List<CaptureRef> captures = new CaptureListing(hadoopConf).list(inputs);
        if (captures.isEmpty()) {
            throw new CaptureListing.InputNotFoundException("no capture found in " + String.join(", ", inputs));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobGroup("mga", "mga: analysing " + captures.size() + " captures", false);
        // one capture per task: captures vary from kilobytes to gigabytes, so let the scheduler balance them
        JavaRDD<FleetInput> results = jsc.parallelize(captures, captures.size())
                .map(new CaptureAnalysis(settings, new HadoopConf(hadoopConf)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // analyse everything in parallel once; the writes below read the cached results in fewer tasks
            results.count();
            int files = Math.max(1, (captures.size() + INPUTS_PER_FILE - 1) / INPUTS_PER_FILE);
            spark.createDataFrame(results.flatMap(FleetTables::findingRows).coalesce(files), FleetTables.FINDINGS)
                    .write().mode(SaveMode.Overwrite).format(format.sparkName()).save(output + "/findings");
            spark.createDataFrame(results.map(FleetTables::inputRow).coalesce(files), FleetTables.INPUTS)
                    .write().mode(SaveMode.Overwrite).format(format.sparkName()).save(output + "/inputs");
            Fleet fleet = Fleet.of(Fleet.rulesOf(settings.analyzer()), results.collect(), Instant.now());
            writeFleet(hadoopConf, new Path(output, "fleet.json"), fleet);
            return fleet;
        } finally {
            results.unpersist(false);
        }
    }

    private static void writeFleet(Configuration conf, Path file, Fleet fleet) throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        try (Writer w = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
            FleetJson.write(fleet, w);
        }
    }
}
