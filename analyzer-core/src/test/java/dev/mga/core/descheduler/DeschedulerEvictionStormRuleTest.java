package dev.mga.core.descheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descheduler run as a CronJob: one pod, one log, one cycle per run. The lines are those of
 * descheduler v0.21 as kubernetes-sigs/descheduler#566 shows them (a one-minute CronJob evicting a
 * new pod of one ReplicaSet at every run), one run per pod log as a must-gather stores them.
 */
class DeschedulerEvictionStormRuleTest {

    private static final Analyzer ANALYZER = Analyzer.builder().build();

    private static void run(Path root, String job, String time, String pod) throws IOException {
        Path log = root.resolve("namespaces/kube-system/pods/descheduler-cronjob-" + job + "/descheduler/descheduler/logs/current.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, String.join("\n",
                "I0511 " + time + ".510147       1 topologyspreadconstraint.go:109] \"Processing namespaces for topology spread constraints\"",
                "I0511 " + time + ".543353       1 evictions.go:123] \"Evicted pod\" pod=\"test/" + pod + "\" reason=\"PodTopologySpread\"",
                "I0511 " + time + ".543770       1 descheduler.go:136] \"Number of evicted pods\" totalEvicted=1", ""));
    }

    private static List<Finding> storms(Path root) {
        Report r = ANALYZER.analyze(root);
        return r.findings().stream().filter(f -> f.ruleId().equals("descheduler.eviction-storm")).toList();
    }

    @Test
    void oneWorkloadEvictedByEveryRunOfACronJob(@TempDir Path root) throws IOException {
        run(root, "1620757320-zjv2m", "18:22:03", "app-866755bcdc-s625p");
        run(root, "1620757380-xjbtn", "18:23:03", "app-866755bcdc-hpb7c");
        run(root, "1620757440-plq27", "18:24:03", "app-866755bcdc-hpww8");
        assertThat(storms(root)).singleElement().satisfies(f -> {
            assertThat(f.summary()).contains("3 descheduler logs in kube-system: 3 evictions in 3 cycles",
                    "test/app-866755bcdc evicted 3 times in 3 cycles (3 pods; PodTopologySpread)");
            assertThat(f.evidence()).hasSize(2);
            assertThat(f.evidence().get(0).excerpt()).contains("app-866755bcdc-s625p");
            assertThat(f.evidence().get(1).excerpt()).contains("app-866755bcdc-hpww8");
        });
    }

    @Test
    void runsThatEvictDifferentWorkloadsOrTooFewRunsAreNoStorm(@TempDir Path root) throws IOException {
        run(root, "1620757320-zjv2m", "18:22:03", "app-866755bcdc-s625p");
        run(root, "1620757380-xjbtn", "18:23:03", "app-866755bcdc-hpb7c");
        run(root, "1620757440-plq27", "18:24:03", "web-5d9c7b8f6d-x2x8q");
        assertThat(storms(root)).isEmpty();
    }
}
