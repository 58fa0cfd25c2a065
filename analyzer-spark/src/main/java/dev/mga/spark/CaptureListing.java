package dev.mga.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns the job's {@code --input} values into the captures to analyse, on the driver, through the
 * Hadoop file system API (so local paths, HDFS and S3A alike):
 * <ul>
 *   <li>a folder: each file (and each sub-folder, reported as not readable by the job) in it;
 *       names starting with {@code _} or {@code .} are skipped, as Hadoop does;</li>
 *   <li>a glob ({@code s3a://bucket/cases/*&#47;*.tar.gz}): what it matches;</li>
 *   <li>{@code @LIST}: a text file of paths or globs, one per line ({@code #} starts a comment);</li>
 *   <li>a file: that capture.</li>
 * </ul>
 */
final class CaptureListing {

    private final Configuration conf;

    CaptureListing(Configuration conf) {
        this.conf = conf;
    }

    /** Largest first, so the longest tasks start first; a path met twice counts once. */
    List<CaptureRef> list(List<String> specs) throws IOException {
        Map<String, CaptureRef> found = new LinkedHashMap<>();
        for (String spec : specs) {
            for (CaptureRef ref : expand(spec)) {
                found.putIfAbsent(ref.path(), ref);
            }
        }
        List<CaptureRef> refs = new ArrayList<>(found.values());
        refs.sort(Comparator.comparingLong(CaptureRef::size).reversed().thenComparing(CaptureRef::path));
        return refs;
    }

    private List<CaptureRef> expand(String spec) throws IOException {
        if (spec.startsWith("@")) {
            List<CaptureRef> refs = new ArrayList<>();
            for (String line : readList(spec.substring(1))) {
                refs.addAll(expand(line));
            }
            return refs;
        }
        Path path = new Path(spec);
        FileSystem fs = path.getFileSystem(conf);
        List<CaptureRef> refs = new ArrayList<>();
        if (isGlob(spec)) {
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new InputNotFoundException("no capture matches " + spec);
            }
            for (FileStatus s : matches) {
                refs.add(ref(s));
            }
            return refs;
        }
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            throw new InputNotFoundException(spec + ": no such file or directory");
        }
        if (!status.isDirectory()) {
            return List.of(ref(status));
        }
        for (FileStatus child : fs.listStatus(path)) {
            String name = child.getPath().getName();
            if (!name.startsWith("_") && !name.startsWith(".")) {
                refs.add(ref(child));
            }
        }
        return refs;
    }

    private List<String> readList(String listPath) throws IOException {
        Path path = new Path(listPath);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputNotFoundException("@" + listPath + ": no such list file");
        }
        return lines;
    }

    private static CaptureRef ref(FileStatus s) {
        return new CaptureRef(s.getPath().toString(), s.isDirectory() ? 0 : s.getLen(), s.isDirectory());
    }

    private static boolean isGlob(String spec) {
        return spec.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** An input that names nothing: a usage error, reported before any Spark work starts. */
    static final class InputNotFoundException extends IOException {
        private static final long serialVersionUID = 1L;

        InputNotFoundException(String message) {
            super(message);
        }
    }
}
