package dev.mga.spark;

import java.io.Serializable;

/**
 * One capture to analyse: its fully qualified path on a Hadoop file system ({@code file:/…},
 * {@code hdfs://…}, {@code s3a://…}), its stored size and whether it is a directory.
 */
record CaptureRef(String path, long size, boolean directory) implements Serializable {
    private static final long serialVersionUID = 1L;
}
