package dev.mga.core.etcd;

import java.util.List;
import java.util.regex.Pattern;

/** {@code etcdctl member list} in any write-out format; {@code etcd_info/member_list.json}. */
public final class EtcdMemberListType extends EtcdArtifactType {

    private static final Pattern TABLE = Pattern.compile("^\\|\\s*ID\\s*\\|\\s*STATUS\\s*\\|\\s*NAME\\s*\\|\\s*PEER ADDRS\\s*\\|");
    private static final Pattern FIELDS = Pattern.compile("^\"PeerURL\" : \"");
    private static final Pattern JSON = Pattern.compile("^\\{\"header\":\\{[^}]*\\},\"members\":\\[");
    private static final Pattern SIMPLE = Pattern.compile("^[0-9a-f]{1,16}, (?:started|unstarted), [^,]*, \\S+, [^,]*(?:, (?:true|false))?$");

    public EtcdMemberListType() {
        super("etcd.member-list", "etcdctl member list (table, simple, fields or json; etcd_info/member_list.json)",
                List.of("**/etcd_info/member_list.json", "**/member{_,-}list*",
                        "**/etcdctl{_,-}member{_,-}list*"),
                new EtcdctlOutputParser("member list"),
                lines -> any(lines, TABLE) || any(lines, FIELDS) || any(lines, JSON) || SIMPLE.matcher(lines.get(0)).find()
                        || SimpleLines.V2_MEMBER.matcher(lines.get(0)).matches());
    }
}
