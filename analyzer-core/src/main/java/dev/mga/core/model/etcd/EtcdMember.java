package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One member of {@code etcdctl member list}.
 *
 * @param id         member id in hex
 * @param started    false for a member added but never started (etcdctl prints {@code unstarted}: it has no name yet)
 * @param name       member name, "" when unstarted
 * @param peerUrls   peer URLs
 * @param clientUrls client URLs, empty when unstarted
 * @param isLearner  the member is a raft learner
 * @param location   where it was read
 * @param excerpt    the line, row or element as captured
 */
public record EtcdMember(String id, boolean started, String name, List<String> peerUrls, List<String> clientUrls,
                         boolean isLearner, Location location, String excerpt) implements Located {

    public EtcdMember {
        peerUrls = List.copyOf(peerUrls);
        clientUrls = List.copyOf(clientUrls);
    }
}
