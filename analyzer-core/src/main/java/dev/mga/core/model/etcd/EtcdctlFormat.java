package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonValue;

/** The write-out format an etcdctl output was read from ({@code -w}), and etcdctl v2's own lines. */
public enum EtcdctlFormat {
    /** {@code -w table}: tablewriter's boxes */
    TABLE("table"),
    /** {@code -w simple} (the default): comma-separated lines, health sentences */
    SIMPLE("simple"),
    /** {@code -w fields}: {@code "Name" : value} lines */
    FIELDS("fields"),
    /** {@code -w json} (compact, or pretty-printed by jq or json.tool) */
    JSON("json"),
    /** etcdctl's API v2 commands ({@code cluster-health}, v2 {@code member list}), etcd 2.x to 3.3 */
    V2("v2");

    private final String id;

    EtcdctlFormat(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    /** The format with this id ({@code table}, {@code simple}, {@code fields}, {@code json}, {@code v2}). */
    public static EtcdctlFormat of(String id) {
        for (EtcdctlFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no etcdctl format " + id);
    }
}
