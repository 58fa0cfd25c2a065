package dev.mga.core.etcd;

import java.util.List;

/** The must-gather's {@code etcd_info/etcd_object_count}: {@code uniq -c} of the third key segment. */
public final class EtcdObjectCountType extends EtcdArtifactType {

    public EtcdObjectCountType() {
        super("etcd.object-count", "must-gather etcd_info/etcd_object_count (keys per resource, uniq -c)",
                List.of("**/etcd_info/etcd_object_count", "**/etcd{_,-}object{_,-}count{,.txt}"),
                new ObjectCountParser(), lines -> false);
    }
}
