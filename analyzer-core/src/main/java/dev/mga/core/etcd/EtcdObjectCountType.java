package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The must-gather's keys per resource: {@code etcd_info/object_count.json} (gather_etcd since 4.14;
 * see {@link ObjectCountParser} for its two shapes), or the {@code uniq -c} stage of its pipeline run
 * by hand.
 */
public final class EtcdObjectCountType extends EtcdArtifactType {

    /** The 4.16+ shape is distinctive; the 4.14 one ({"pods":"312",…}) is known by its path only. */
    private static final Pattern RESOURCES = Pattern.compile("^\\{\"etcd_resources\":\\[\\{\"object_count\":\"\\d+\",");

    public EtcdObjectCountType() {
        super("etcd.object-count", "must-gather etcd_info/object_count.json (keys per resource; 4.14 and 4.16+ shapes), uniq -c counts",
                // gather_etcd:65 (main, release-4.16+) and release-4.14 gather_etcd:61 write object_count.json;
                // etcd_object_count and etcd-object-count.txt are names engineers give the uniq -c output
                List.of("**/etcd_info/object_count.json", "**/etcd_info/etcd_object_count", "**/etcd{_,-}object{_,-}count{,.txt}"),
                new ObjectCountParser(), lines -> RESOURCES.matcher(lines.get(0)).find());
    }
}
