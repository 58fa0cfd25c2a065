package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/** One captured {@code etcdctl member list}. */
public record EtcdMemberList(EtcdctlFormat format, List<EtcdMember> members, Location location) implements Located {

    public EtcdMemberList {
        members = List.copyOf(members);
    }
}
