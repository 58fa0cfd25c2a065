package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Key listings: {@code etcdctl get --prefix} as {@code -w fields} or {@code -w json},
 * {@code --keys-only}, {@code --count-only}, and the seed's {@code COUNT KEY} lines.
 */
public final class EtcdKeyListingType extends EtcdArtifactType {

    private static final Pattern FIELDS_KEY = Pattern.compile("^\"(?:Key|Count)\" : ");
    /** {@code get -w json}: header first as etcdctl prints it, or count first as python's json.tool sorts the keys. */
    private static final Pattern JSON = Pattern.compile("^\\{(?:\"count\":\\d+,)?\"header\":\\{[^}]*\\},(?:\"kvs\":\\[|\"count\":)");
    private static final Pattern KUBE_KEY = Pattern.compile("^(?:\\d+\\s+)?/(?:registry|kubernetes\\.io|openshift\\.io)/\\S+$");

    public EtcdKeyListingType() {
        super("etcd.key-listing", "etcdctl get --prefix listing (fields, json, --keys-only, --count-only, COUNT KEY lines)",
                List.of("**/etcd{_,-}keys", "**/etcd{_,-}keys.*", "**/etcdctl{_,-}get*"),
                new EtcdctlOutputParser(""),
                lines -> any(lines, FIELDS_KEY) || any(lines, JSON) || lines.stream().allMatch(l -> KUBE_KEY.matcher(l).matches()));
    }
}
