package dev.mga.spark;

import dev.mga.core.model.Limits;
import dev.mga.fleet.Fleet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The fleet job: {@code spark-submit --class dev.mga.spark.FleetJob mga-spark-job.jar --input PATH
 * --output DIR}, or {@code ./mga-spark --input PATH --output DIR} on this machine. Exit codes: 0
 * done, 2 usage error (also: an input that names nothing), 4 the job failed.
 */
@Command(name = "mga-spark", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = FleetJob.Version.class,
        description = {"Analyse a fleet of captures on Apache Spark: each capture is streamed from its file system "
                + "(local, HDFS, S3A) into the analyzer on an executor.",
            "Writes OUTPUT/findings (one row per finding), OUTPUT/inputs (one row per capture) and OUTPUT/fleet.json "
                + "(the same file `mga batch` writes, docs/fleet.schema.json)."})
public final class FleetJob implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder of captures, a glob, a capture file, or @LIST (a file of paths or globs, one per line); "
                    + "repeatable. Any Hadoop file system URI.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the tables and fleet.json go (overwritten).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "Table format: parquet (default) or json (JSON lines).")
    String format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default local[*]: every core of this machine).")
    String master;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Parser option, as for mga analyze.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run RULE, as for mga analyze.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--only", paramLabel = "RULE|FAMILY", split = ",", description = "Run only these rules or families, as for mga analyze.")
    List<String> only = new ArrayList<>();

    @Option(names = "--set", paramLabel = "RULE.PARAM=VALUE", description = "Re-tune a rule threshold, as for mga analyze.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--redact", paramLabel = "WHAT", split = ",", description = "Also pseudonymise hosts and/or ips, as for mga analyze.")
    List<String> redact = new ArrayList<>();

    @Option(names = "--max-total-bytes", paramLabel = "SIZE", converter = Sizes.class, defaultValue = "64GiB",
            description = "Uncompressed bytes read from one capture (default ${DEFAULT-VALUE}).")
    long maxTotalBytes;

    @Option(names = "--max-entry-bytes", paramLabel = "SIZE", converter = Sizes.class, defaultValue = "16GiB",
            description = "Uncompressed bytes read from one entry (default ${DEFAULT-VALUE}).")
    long maxEntryBytes;

    @Option(names = "--max-entries", paramLabel = "N", defaultValue = "1000000", description = "Entries read from one capture (default ${DEFAULT-VALUE}).")
    long maxEntries;

    @Option(names = "--max-ratio", paramLabel = "R", defaultValue = "200", description = "Largest compression ratio of an archive layer (default ${DEFAULT-VALUE}).")
    double maxRatio;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "5", description = "Archives nested in archives (default ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-line-length", paramLabel = "N", defaultValue = "1048576", description = "Longest line kept (default ${DEFAULT-VALUE}).")
    int maxLineLength;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new FleetJob());
        // @LIST names a list on the captures' file system (HDFS, S3A): the job reads it, not picocli
        cli.setExpandAtFiles(false);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("mga-spark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'mga-spark --help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            PrintWriter err = c.getErr();
            if (e instanceof CaptureListing.InputNotFoundException || e instanceof IllegalArgumentException) {
                err.println("mga-spark: " + e.getMessage());
                return 2;
            }
            err.println("mga-spark: the job failed: " + e);
            if (System.getenv("MGA_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 4;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        FleetRun.Format fmt = switch (format.toLowerCase(Locale.ROOT)) {
            case "parquet" -> FleetRun.Format.PARQUET;
            case "json" -> FleetRun.Format.JSON;
            default -> throw new IllegalArgumentException("--format takes parquet or json, not '" + format + "'");
        };
        Limits limits;
        try {
            limits = Limits.builder().maxTotalBytes(maxTotalBytes).maxEntryBytes(maxEntryBytes)
                    .maxEntries(maxEntries).maxCompressionRatio(maxRatio).maxNestingDepth(maxDepth)
                    .maxLineLength(maxLineLength).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid limit: " + e.getMessage(), e);
        }
        JobSettings settings = JobSettings.of(limits, options).withRules(disabled, only, set, redact);
        settings.analyzer(); // a bad --option or rule pack fails here, before Spark starts
        long start = System.nanoTime();
        try (SparkSession spark = session()) {
            long started = System.nanoTime();
            Fleet fleet = new FleetRun(spark, settings).run(inputs, output, fmt);
            Fleet.Totals t = fleet.totals();
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "mga-spark: %d captures (%d complete, %d partial, %d nothing recognised), %d findings on %d captures;"
                            + " wrote %s/findings, %s/inputs (%s) and %s/fleet.json; job %.1f s after %.1f s of Spark start-up%n",
                    t.inputs(), t.complete(), t.partial(), t.nothingRecognised(), t.findings(), t.withFindings(), output,
                    output, fmt.sparkName(), output, (System.nanoTime() - started) / 1e9, (started - start) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** spark-submit sets spark.master; run directly, the job uses --master or every local core. */
    private SparkSession session() {
        SparkSession.Builder b = SparkSession.builder().appName("mga fleet");
        if (!new SparkConf().contains("spark.master")) {
            String m = master != null ? master : "local[*]";
            b.master(m).config("spark.ui.enabled", "false");
            if (m.startsWith("local")) {
                // a local run talks to itself only: keep it on the loopback interface
                b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost");
            }
        } else if (master != null) {
            b.master(master);
        }
        return b.getOrCreate();
    }

    /** {@code mga-spark 0.1.0}: the analyzer's version, as in every report. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mga-spark " + dev.mga.core.model.Tool.current().version()};
        }
    }

    /** Sizes as mga analyze takes them: {@code 1048576}, {@code 512MiB}, {@code 64GiB} (binary units). */
    static final class Sizes implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
            int shift = v.isEmpty() ? 0 : switch (v.charAt(v.length() - 1)) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                case 'T' -> 40;
                default -> 0;
            };
            try {
                long n = Long.parseLong((shift > 0 ? v.substring(0, v.length() - 1) : v).trim());
                if (n <= 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' must be positive");
                }
                return Math.multiplyExact(n, 1L << shift);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 512MiB, 64GiB, 1048576)");
            }
        }
    }
}
