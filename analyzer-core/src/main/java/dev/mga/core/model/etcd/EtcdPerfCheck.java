package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The result of {@code etcdctl check perf}: a 60-second write load and etcd's own verdict.
 *
 * @param passed             the last line said PASS
 * @param throughput         writes per second measured, or -1
 * @param slowestSeconds     slowest request, or -1
 * @param stddevSeconds      standard deviation of request latency, or -1
 * @param failures           the checks that failed, as printed
 * @param location           the verdict line
 * @param excerpt            the verdict line and the failed checks
 */
public record EtcdPerfCheck(boolean passed, double throughput, double slowestSeconds, double stddevSeconds,
                            List<String> failures, Location location, String excerpt) implements Located {

    public EtcdPerfCheck {
        failures = List.copyOf(failures);
    }
}
