package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdMemberList;
import dev.mga.core.model.etcd.EtcdStatusReport;
import java.util.HashMap;
import java.util.Map;

/**
 * The members the captures of one input name, so that rules can join what different captures say
 * about the same member: ids by client endpoint (member list, endpoint status), names by id and ids
 * by name (a server log knows its member by name).
 */
final class ClusterMembers {

    private final Map<String, String> idByEndpoint = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private final Map<String, String> idByName = new HashMap<>();

    ClusterMembers(CaptureModel model) {
        for (EtcdMemberList l : model.all(EtcdMemberList.class)) {
            for (EtcdMember m : l.members()) {
                m.clientUrls().forEach(u -> idByEndpoint.put(hostPort(u), m.id()));
                nameById.put(m.id(), m.name());
                if (!m.name().isEmpty()) {
                    idByName.put(m.name(), m.id());
                }
            }
        }
        for (EtcdStatusReport r : model.all(EtcdStatusReport.class)) {
            for (EtcdEndpointStatus s : r.statuses()) {
                if (!s.memberId().isEmpty()) {
                    idByEndpoint.put(hostPort(s.endpoint()), s.memberId());
                }
            }
        }
    }

    /** The member an answer is about: its id when the output gives one, else the id its endpoint maps to, else the endpoint. */
    String key(String memberId, String endpoint) {
        return !memberId.isEmpty() ? memberId : idByEndpoint.getOrDefault(hostPort(endpoint), endpoint);
    }

    /** The id of a member known by name (a log's member), else the name. */
    String byName(String name) {
        return idByName.getOrDefault(name, name);
    }

    /** The name of a member id, or "". */
    String name(String id) {
        return nameById.getOrDefault(id, "");
    }

    /** {@code https://10.0.0.1:2379} and {@code 10.0.0.1:2379} name the same endpoint. */
    static String hostPort(String endpoint) {
        String e = endpoint.strip();
        int scheme = e.indexOf("://");
        if (scheme >= 0) {
            e = e.substring(scheme + 3);
        }
        return e.endsWith("/") ? e.substring(0, e.length() - 1) : e;
    }
}
