package dev.mga.spark;

import dev.mga.core.model.Report;
import dev.mga.fleet.FleetInput;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;

/**
 * Runs on an executor: streams one capture from its file system into the analyzer (no
 * extraction, no copy to local disk, the job's limits) and keeps the fleet view of its report. A
 * capture that cannot be opened becomes a result with its diagnostic, never a failed task.
 */
final class CaptureAnalysis implements Function<CaptureRef, FleetInput> {

    private static final long serialVersionUID = 1L;

    static final String DIRECTORY_REASON = "a directory: the Spark job reads capture files (archives or single files);"
            + " archive the extracted capture, or name the captures inside it with a glob";

    private final JobSettings settings;
    private final HadoopConf hadoop;

    CaptureAnalysis(JobSettings settings, HadoopConf hadoop) {
        this.settings = settings;
        this.hadoop = hadoop;
    }

    @Override
    public FleetInput call(CaptureRef ref) {
        if (ref.directory()) {
            return FleetInput.unreadable(ref.path(), "directory", DIRECTORY_REASON);
        }
        Path path = new Path(ref.path());
        try {
            FileSystem fs = path.getFileSystem(hadoop.get());
            try (InputStream in = fs.open(path)) {
                Report report = settings.analyzer().analyze(ref.path(), in, ref.size());
                return FleetInput.of(report);
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return FleetInput.unreadable(ref.path(), "file", "cannot read input: " + why);
        }
    }
}
