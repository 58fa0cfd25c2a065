package dev.mga.core.model.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/** One sample of a Prometheus scrape: {@code etcd_debugging_mvcc_watcher_total 11010}, with its line. */
public record EtcdMetricSample(String name, String labels, double value, Location location, String excerpt)
        implements CapturedLine {
}
