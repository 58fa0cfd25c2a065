package dev.mga.core.capture;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * The capture family: what a capture says about itself — when it was taken (the must-gather
 * {@code timestamp} file, a sosreport's {@code date}) and which cluster it comes from (the
 * ClusterVersion and Infrastructure objects).
 */
public final class CaptureFamily implements ArtifactFamily {

    private static final String CONFIG = "**/cluster-scoped-resources/config.openshift.io/";

    @Override
    public String name() {
        return "capture";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                // oc adm must-gather writes timestamp at the top of its output folder: when the gathering started and
                // ended, as Go prints time.Now() (oc's logTimestamp: fmt.Sprintf("%v\n", time.Now())); it gives a year
                // to the klog times of the same input that have none. Other tools write files named timestamp too.
                ArtifactType.declare("capture.must-gather-timestamp")
                        .describedAs("must-gather timestamp file (when the gathering started and ended)")
                        .paths("**/timestamp")
                        .accepts(CaptureSniffers::mustGatherTimestamp)
                        .sniffer(CaptureSniffers::mustGatherTimestamp)
                        .parser(new MustGatherTimestampParser())
                        .build(),
                ArtifactType.declare("capture.cluster-version")
                        .describedAs("the ClusterVersion object (cluster id, version, update channel)")
                        .paths(CONFIG + "clusterversions/version.{yaml,json}", CONFIG + "clusterversions.{yaml,json}")
                        .accepts(sample -> mentions(sample, "ClusterVersion") || sample.text().contains("clusterID"))
                        .parser(new ClusterObjectParser("ClusterVersion"))
                        .build(),
                ArtifactType.declare("capture.infrastructure")
                        .describedAs("the Infrastructure object (platform, topology)")
                        .paths(CONFIG + "infrastructures/cluster.{yaml,json}", CONFIG + "infrastructures.{yaml,json}")
                        .accepts(sample -> mentions(sample, "Infrastructure") || sample.text().contains("platform"))
                        .parser(new ClusterObjectParser("Infrastructure"))
                        .build(),
                ArtifactType.declare("capture.sos-date")
                        .describedAs("a sosreport's date output (when the report was made)")
                        .paths("**/sos_commands/date/date", "**/sos_commands/date/date_--utc")
                        .accepts(sample -> sample.nonBlankLines(1).stream().anyMatch(l -> SosDateParser.DATE.matcher(l.strip()).matches()))
                        .parser(new SosDateParser())
                        .build());
    }

    private static boolean mentions(ContentSample sample, String kind) {
        return sample.text().contains("kind: " + kind) || sample.text().contains("\"kind\": \"" + kind + "\"")
                || sample.text().contains("\"kind\":\"" + kind + "\"");
    }
}
