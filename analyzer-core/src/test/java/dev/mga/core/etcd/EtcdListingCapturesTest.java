package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdKeyStats;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.testing.Parsing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Key listings of the real 3.4.23 captures: {@code get / --prefix -w fields} and
 * {@code --keys-only} after loading (healthy/) and after one IngressController was rewritten 3,000
 * times (hot-loop/, also {@code -w json}), the must-gather's {@code etcd_object_count} and the
 * seed's ModRevision loop. Counts, top keys and groups were counted from the files (awk over the
 * fields, jq over the JSON): keys per resource as the API server lays keys out
 * ({@code /kubernetes.io/<resource>/<namespace>/<name>}, {@code services/specs},
 * {@code services/endpoints}, {@code oauth/accesstokens}, {@code <group>/<resource>}).
 */
class EtcdListingCapturesTest {

    private static final EtcdctlOutputParser PARSER = new EtcdctlOutputParser("");

    /** healthy/: resource | keys | writes (sum of Version). */
    private static final String HEALTHY_RESOURCES = """
            events | 600 | 600
            secrets | 360 | 360
            configmaps | 241 | 390
            pods | 160 | 160
            rolebindings | 100 | 100
            replicasets | 80 | 80
            serviceaccounts | 80 | 80
            roles | 60 | 60
            deployments | 40 | 40
            endpoints | 40 | 40
            services | 40 | 40
            leases | 28 | 626
            controllerrevisions | 20 | 20
            namespaces | 20 | 20
            operator.openshift.io/ingresscontrollers | 20 | 20
            routes | 20 | 20
            services/endpoints | 20 | 20
            services/specs | 20 | 20
            clusterrolebindings | 6 | 6
            clusterroles | 6 | 6
            csinodes | 6 | 6
            minions | 6 | 6
            apiextensions.k8s.io/customresourcedefinitions | 4 | 4
            images | 1 | 1
            masterleases | 1 | 1
            network.openshift.io/clusternetworks | 1 | 1
            oauth/accesstokens | 1 | 1
            ranges | 1 | 1
            validatingwebhookconfigurations | 1 | 1
            """;

    /** hot-loop/: 40 more events in app-frontend, and the IngressController written 3,000 times more. */
    private static final String HOT_LOOP_RESOURCES = """
            events | 640 | 640
            secrets | 360 | 360
            configmaps | 241 | 390
            pods | 160 | 160
            rolebindings | 100 | 100
            replicasets | 80 | 80
            serviceaccounts | 80 | 80
            roles | 60 | 60
            deployments | 40 | 40
            endpoints | 40 | 40
            services | 40 | 40
            leases | 28 | 626
            controllerrevisions | 20 | 20
            namespaces | 20 | 20
            operator.openshift.io/ingresscontrollers | 20 | 3020
            routes | 20 | 20
            services/endpoints | 20 | 20
            services/specs | 20 | 20
            clusterrolebindings | 6 | 6
            clusterroles | 6 | 6
            csinodes | 6 | 6
            minions | 6 | 6
            apiextensions.k8s.io/customresourcedefinitions | 4 | 4
            images | 1 | 1
            masterleases | 1 | 1
            network.openshift.io/clusternetworks | 1 | 1
            oauth/accesstokens | 1 | 1
            ranges | 1 | 1
            validatingwebhookconfigurations | 1 | 1
            """;

    /** healthy/: the 100 largest resource-in-namespace groups of 341 (resource | namespace | keys | writes). */
    private static final String HEALTHY_NAMESPACES = """
            events | app-batch | 220 | 220
            events | app-frontend | 20 | 20
            events | app-payments | 20 | 20
            events | app-reports | 20 | 20
            events | app-search | 20 | 20
            events | default | 20 | 20
            events | kube-system | 20 | 20
            events | openshift-apiserver | 20 | 20
            events | openshift-authentication | 20 | 20
            events | openshift-console | 20 | 20
            events | openshift-dns | 20 | 20
            events | openshift-etcd | 20 | 20
            events | openshift-image-registry | 20 | 20
            events | openshift-ingress | 20 | 20
            events | openshift-ingress-operator | 20 | 20
            events | openshift-kube-apiserver | 20 | 20
            events | openshift-machine-api | 20 | 20
            events | openshift-marketplace | 20 | 20
            events | openshift-monitoring | 20 | 20
            events | openshift-service-ca | 20 | 20
            secrets | app-batch | 18 | 18
            secrets | app-frontend | 18 | 18
            secrets | app-payments | 18 | 18
            secrets | app-reports | 18 | 18
            secrets | app-search | 18 | 18
            secrets | default | 18 | 18
            secrets | kube-system | 18 | 18
            secrets | openshift-apiserver | 18 | 18
            secrets | openshift-authentication | 18 | 18
            secrets | openshift-console | 18 | 18
            secrets | openshift-dns | 18 | 18
            secrets | openshift-etcd | 18 | 18
            secrets | openshift-image-registry | 18 | 18
            secrets | openshift-ingress | 18 | 18
            secrets | openshift-ingress-operator | 18 | 18
            secrets | openshift-kube-apiserver | 18 | 18
            secrets | openshift-machine-api | 18 | 18
            secrets | openshift-marketplace | 18 | 18
            secrets | openshift-monitoring | 18 | 18
            secrets | openshift-service-ca | 18 | 18
            configmaps | openshift-service-ca | 13 | 162
            configmaps | app-batch | 12 | 12
            configmaps | app-frontend | 12 | 12
            configmaps | app-payments | 12 | 12
            configmaps | app-reports | 12 | 12
            configmaps | app-search | 12 | 12
            configmaps | default | 12 | 12
            configmaps | kube-system | 12 | 12
            configmaps | openshift-apiserver | 12 | 12
            configmaps | openshift-authentication | 12 | 12
            configmaps | openshift-console | 12 | 12
            configmaps | openshift-dns | 12 | 12
            configmaps | openshift-etcd | 12 | 12
            configmaps | openshift-image-registry | 12 | 12
            configmaps | openshift-ingress | 12 | 12
            configmaps | openshift-ingress-operator | 12 | 12
            configmaps | openshift-kube-apiserver | 12 | 12
            configmaps | openshift-machine-api | 12 | 12
            configmaps | openshift-marketplace | 12 | 12
            configmaps | openshift-monitoring | 12 | 12
            pods | app-batch | 8 | 8
            pods | app-frontend | 8 | 8
            pods | app-payments | 8 | 8
            pods | app-reports | 8 | 8
            pods | app-search | 8 | 8
            pods | default | 8 | 8
            pods | kube-system | 8 | 8
            pods | openshift-apiserver | 8 | 8
            pods | openshift-authentication | 8 | 8
            pods | openshift-console | 8 | 8
            pods | openshift-dns | 8 | 8
            pods | openshift-etcd | 8 | 8
            pods | openshift-image-registry | 8 | 8
            pods | openshift-ingress | 8 | 8
            pods | openshift-ingress-operator | 8 | 8
            pods | openshift-kube-apiserver | 8 | 8
            pods | openshift-machine-api | 8 | 8
            pods | openshift-marketplace | 8 | 8
            pods | openshift-monitoring | 8 | 8
            pods | openshift-service-ca | 8 | 8
            leases | kube-node-lease | 6 | 306
            rolebindings | app-batch | 5 | 5
            rolebindings | app-frontend | 5 | 5
            rolebindings | app-payments | 5 | 5
            rolebindings | app-reports | 5 | 5
            rolebindings | app-search | 5 | 5
            rolebindings | default | 5 | 5
            rolebindings | kube-system | 5 | 5
            rolebindings | openshift-apiserver | 5 | 5
            rolebindings | openshift-authentication | 5 | 5
            rolebindings | openshift-console | 5 | 5
            rolebindings | openshift-dns | 5 | 5
            rolebindings | openshift-etcd | 5 | 5
            rolebindings | openshift-image-registry | 5 | 5
            rolebindings | openshift-ingress | 5 | 5
            rolebindings | openshift-ingress-operator | 5 | 5
            rolebindings | openshift-kube-apiserver | 5 | 5
            rolebindings | openshift-machine-api | 5 | 5
            rolebindings | openshift-marketplace | 5 | 5
            rolebindings | openshift-monitoring | 5 | 5
            """;

    /** healthy/ -w fields: the 20 keys written most (key | resource | namespace | name | create | mod | version | line). */
    private static final String HEALTHY_TOP = """
            /kubernetes.io/leases/kube-node-lease/worker-0 | leases | kube-node-lease | worker-0 | 1952 | 2731 | 151 | 5837
            /kubernetes.io/leases/kube-node-lease/master-0 | leases | kube-node-lease | master-0 | 1943 | 2730 | 151 | 5819
            /kubernetes.io/configmaps/openshift-service-ca/service-ca-controller-lock | configmaps | openshift-service-ca | service-ca-controller-lock | 1982 | 2727 | 150 | 1541
            /kubernetes.io/leases/kube-system/kube-controller-manager | leases | kube-system | kube-controller-manager | 1983 | 2728 | 150 | 5855
            /kubernetes.io/leases/kube-system/kube-scheduler | leases | kube-system | kube-scheduler | 1984 | 2729 | 150 | 5861
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/etcds.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | etcds.operator.openshift.io | 1972 | 1972 | 1 | 5
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/ingresscontrollers.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | ingresscontrollers.operator.openshift.io | 1974 | 1974 | 1 | 11
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/kubeapiservers.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | kubeapiservers.operator.openshift.io | 1973 | 1973 | 1 | 17
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/networks.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | networks.operator.openshift.io | 1975 | 1975 | 1 | 23
            /kubernetes.io/clusterrolebindings/admin | clusterrolebindings |  | admin | 1961 | 1961 | 1 | 29
            /kubernetes.io/clusterrolebindings/cluster-reader | clusterrolebindings |  | cluster-reader | 1971 | 1971 | 1 | 35
            /kubernetes.io/clusterrolebindings/edit | clusterrolebindings |  | edit | 1963 | 1963 | 1 | 41
            /kubernetes.io/clusterrolebindings/system:controller:replicaset-controller | clusterrolebindings |  | system:controller:replicaset-controller | 1969 | 1969 | 1 | 47
            /kubernetes.io/clusterrolebindings/system:node | clusterrolebindings |  | system:node | 1967 | 1967 | 1 | 53
            /kubernetes.io/clusterrolebindings/view | clusterrolebindings |  | view | 1965 | 1965 | 1 | 59
            /kubernetes.io/clusterroles/admin | clusterroles |  | admin | 1960 | 1960 | 1 | 65
            /kubernetes.io/clusterroles/cluster-reader | clusterroles |  | cluster-reader | 1970 | 1970 | 1 | 71
            /kubernetes.io/clusterroles/edit | clusterroles |  | edit | 1962 | 1962 | 1 | 77
            /kubernetes.io/clusterroles/system:controller:replicaset-controller | clusterroles |  | system:controller:replicaset-controller | 1968 | 1968 | 1 | 83
            /kubernetes.io/clusterroles/system:node | clusterroles |  | system:node | 1966 | 1966 | 1 | 89
            """;

    /** healthy/ -w fields: the 10 keys written last. */
    private static final String HEALTHY_RECENT = """
            /kubernetes.io/leases/kube-node-lease/worker-0 | leases | kube-node-lease | worker-0 | 1952 | 2731 | 151 | 5837
            /kubernetes.io/leases/kube-node-lease/master-0 | leases | kube-node-lease | master-0 | 1943 | 2730 | 151 | 5819
            /kubernetes.io/leases/kube-system/kube-scheduler | leases | kube-system | kube-scheduler | 1984 | 2729 | 150 | 5861
            /kubernetes.io/leases/kube-system/kube-controller-manager | leases | kube-system | kube-controller-manager | 1983 | 2728 | 150 | 5855
            /kubernetes.io/configmaps/openshift-service-ca/service-ca-controller-lock | configmaps | openshift-service-ca | service-ca-controller-lock | 1982 | 2727 | 150 | 1541
            /openshift.io/images/sha256:phW5XNAJjNBG4wPwTha3Lg7iFJ4un0Ma1tSKdttcdnC8NHljznv9uJGaepuo | images |  | sha256:phW5XNAJjNBG4wPwTha3Lg7iFJ4un0Ma1tSKdttcdnC8NHljznv9uJGaepuo | 1981 | 1981 | 1 | 11771
            /openshift.io/oauth/accesstokens/sha256~OfQkE8MN2ifp2n3MFZ23t5KJ45SAyeV7gRYi3dut | oauth/accesstokens |  | sha256~OfQkE8MN2ifp2n3MFZ23t5KJ45SAyeV7gRYi3dut | 1980 | 1980 | 1 | 11777
            /kubernetes.io/masterleases/127.0.0.1 | masterleases |  | 127.0.0.1 | 1979 | 1979 | 1 | 5951
            /kubernetes.io/ranges/serviceips | ranges |  | serviceips | 1978 | 1978 | 1 | 7199
            /kubernetes.io/validatingwebhookconfigurations/multus.openshift.io | validatingwebhookconfigurations |  | multus.openshift.io | 1977 | 1977 | 1 | 11765
            """;

    private static final String HOT_LOOP_TOP = """
            /kubernetes.io/operator.openshift.io/ingresscontrollers/openshift-ingress-operator/default | operator.openshift.io/ingresscontrollers | openshift-ingress-operator | default | 697 | 14679 | 3001 | 6437
            /kubernetes.io/leases/kube-node-lease/worker-0 | leases | kube-node-lease | worker-0 | 1952 | 2731 | 151 | 6077
            /kubernetes.io/leases/kube-node-lease/master-0 | leases | kube-node-lease | master-0 | 1943 | 2730 | 151 | 6059
            /kubernetes.io/configmaps/openshift-service-ca/service-ca-controller-lock | configmaps | openshift-service-ca | service-ca-controller-lock | 1982 | 2727 | 150 | 1541
            /kubernetes.io/leases/kube-system/kube-controller-manager | leases | kube-system | kube-controller-manager | 1983 | 2728 | 150 | 6095
            /kubernetes.io/leases/kube-system/kube-scheduler | leases | kube-system | kube-scheduler | 1984 | 2729 | 150 | 6101
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/etcds.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | etcds.operator.openshift.io | 1972 | 1972 | 1 | 5
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/ingresscontrollers.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | ingresscontrollers.operator.openshift.io | 1974 | 1974 | 1 | 11
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/kubeapiservers.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | kubeapiservers.operator.openshift.io | 1973 | 1973 | 1 | 17
            /kubernetes.io/apiextensions.k8s.io/customresourcedefinitions/networks.operator.openshift.io | apiextensions.k8s.io/customresourcedefinitions |  | networks.operator.openshift.io | 1975 | 1975 | 1 | 23
            /kubernetes.io/clusterrolebindings/admin | clusterrolebindings |  | admin | 1961 | 1961 | 1 | 29
            /kubernetes.io/clusterrolebindings/cluster-reader | clusterrolebindings |  | cluster-reader | 1971 | 1971 | 1 | 35
            /kubernetes.io/clusterrolebindings/edit | clusterrolebindings |  | edit | 1963 | 1963 | 1 | 41
            /kubernetes.io/clusterrolebindings/system:controller:replicaset-controller | clusterrolebindings |  | system:controller:replicaset-controller | 1969 | 1969 | 1 | 47
            /kubernetes.io/clusterrolebindings/system:node | clusterrolebindings |  | system:node | 1967 | 1967 | 1 | 53
            /kubernetes.io/clusterrolebindings/view | clusterrolebindings |  | view | 1965 | 1965 | 1 | 59
            /kubernetes.io/clusterroles/admin | clusterroles |  | admin | 1960 | 1960 | 1 | 65
            /kubernetes.io/clusterroles/cluster-reader | clusterroles |  | cluster-reader | 1970 | 1970 | 1 | 71
            /kubernetes.io/clusterroles/edit | clusterroles |  | edit | 1962 | 1962 | 1 | 77
            /kubernetes.io/clusterroles/system:controller:replicaset-controller | clusterroles |  | system:controller:replicaset-controller | 1968 | 1968 | 1 | 83
            """;

    private static final String HOT_LOOP_RECENT = """
            /kubernetes.io/events/app-frontend/late-40 | events | app-frontend | late-40 | 14719 | 14719 | 1 | 3827
            /kubernetes.io/events/app-frontend/late-39 | events | app-frontend | late-39 | 14718 | 14718 | 1 | 3815
            /kubernetes.io/events/app-frontend/late-38 | events | app-frontend | late-38 | 14717 | 14717 | 1 | 3809
            /kubernetes.io/events/app-frontend/late-37 | events | app-frontend | late-37 | 14716 | 14716 | 1 | 3803
            /kubernetes.io/events/app-frontend/late-36 | events | app-frontend | late-36 | 14715 | 14715 | 1 | 3797
            /kubernetes.io/events/app-frontend/late-35 | events | app-frontend | late-35 | 14714 | 14714 | 1 | 3791
            /kubernetes.io/events/app-frontend/late-34 | events | app-frontend | late-34 | 14713 | 14713 | 1 | 3785
            /kubernetes.io/events/app-frontend/late-33 | events | app-frontend | late-33 | 14712 | 14712 | 1 | 3779
            /kubernetes.io/events/app-frontend/late-32 | events | app-frontend | late-32 | 14711 | 14711 | 1 | 3773
            /kubernetes.io/events/app-frontend/late-31 | events | app-frontend | late-31 | 14710 | 14710 | 1 | 3767
            """;

    @Test
    void healthyFieldsListing() {
        String path = Captures.RUN2 + "healthy/get-prefix-fields.txt";
        EtcdKeyspace k = only(path);
        assertThat(k.format()).isEqualTo("fields");
        assertThat(k.location()).isEqualTo(Captures.at(path, 0));
        assertThat(k.keysListed()).isEqualTo(1983);
        assertThat(k.reportedCount()).isEqualTo(1983);
        assertThat(k.totalKeys()).isEqualTo(1983);
        assertThat(k.revision()).isEqualTo(2731);
        assertThat(k.hasVersions()).isTrue();
        assertThat(k.topByUpdates()).containsExactlyElementsOf(keys(HEALTHY_TOP, path, false));
        assertThat(k.mostRecentlyWritten()).containsExactlyElementsOf(keys(HEALTHY_RECENT, path, false));
        assertThat(k.resources()).containsExactlyElementsOf(resources(HEALTHY_RESOURCES, k.location(), true));
        assertThat(k.namespaces()).containsExactlyElementsOf(namespaces(HEALTHY_NAMESPACES, k.location(), true));
    }

    @Test
    void hotLoopFieldsListing() {
        String path = Captures.RUN2 + "hot-loop/get-prefix-fields.txt";
        EtcdKeyspace k = only(path);
        assertThat(k.format()).isEqualTo("fields");
        assertThat(k.location()).isEqualTo(Captures.at(path, 0));
        assertThat(k.keysListed()).isEqualTo(2023);
        assertThat(k.reportedCount()).isEqualTo(2023);
        assertThat(k.totalKeys()).isEqualTo(2023);
        assertThat(k.revision()).isEqualTo(14719);
        assertThat(k.hasVersions()).isTrue();
        assertThat(k.topByUpdates()).containsExactlyElementsOf(keys(HOT_LOOP_TOP, path, false));
        assertThat(k.topByUpdates().get(0).writeShare()).isEqualTo(3001.0 / (14679 - 697 + 1));
        assertThat(k.mostRecentlyWritten()).containsExactlyElementsOf(keys(HOT_LOOP_RECENT, path, false));
        assertThat(k.resources()).containsExactlyElementsOf(resources(HOT_LOOP_RESOURCES, k.location(), true));
        assertThat(k.namespaces()).containsExactlyElementsOf(namespaces(hotLoopNamespaces(), k.location(), true));
    }

    /** The same listing as -w json (one 1 MB line, keys in base64): the same numbers, all on line 1. */
    @Test
    void hotLoopJsonListing() {
        String path = Captures.RUN2 + "hot-loop/get-prefix-json.txt";
        assertThat(Captures.lines(path)).hasSize(1);
        EtcdKeyspace k = only(path);
        assertThat(k.format()).isEqualTo("json");
        assertThat(k.location()).isEqualTo(Captures.at(path, 0));
        assertThat(k.keysListed()).isEqualTo(2023);
        assertThat(k.reportedCount()).isEqualTo(2023);
        assertThat(k.revision()).isEqualTo(14719);
        assertThat(k.hasVersions()).isTrue();
        assertThat(k.topByUpdates()).containsExactlyElementsOf(keys(HOT_LOOP_TOP, path, true));
        assertThat(k.mostRecentlyWritten()).containsExactlyElementsOf(keys(HOT_LOOP_RECENT, path, true));
        assertThat(k.resources()).containsExactlyElementsOf(resources(HOT_LOOP_RESOURCES, k.location(), true));
        assertThat(k.namespaces()).containsExactlyElementsOf(namespaces(hotLoopNamespaces(), k.location(), true));
    }

    /** --keys-only: a key, a blank line, the next key; no numbers, so no ranking and no writes. */
    @Test
    void keysOnlyListings() {
        for (String moment : List.of("healthy", "hot-loop")) {
            String path = Captures.RUN2 + moment + "/get-prefix-keys-only.txt";
            EtcdKeyspace k = only(path);
            boolean hot = moment.equals("hot-loop");
            assertThat(k.format()).isEqualTo("keys");
            assertThat(k.location()).isEqualTo(Captures.at(path, 0));
            assertThat(k.keysListed()).isEqualTo(hot ? 2023 : 1983);
            assertThat(k.reportedCount()).isEqualTo(-1);
            assertThat(k.totalKeys()).isEqualTo(hot ? 2023 : 1983);
            assertThat(k.revision()).isEqualTo(-1);
            assertThat(k.hasVersions()).isFalse();
            assertThat(k.topByUpdates()).isEmpty();
            assertThat(k.mostRecentlyWritten()).isEmpty();
            assertThat(k.resources()).containsExactlyElementsOf(
                    resources(hot ? HOT_LOOP_RESOURCES : HEALTHY_RESOURCES, k.location(), false));
            assertThat(k.namespaces()).containsExactlyElementsOf(
                    namespaces(hot ? hotLoopNamespaces() : HEALTHY_NAMESPACES, k.location(), false));
        }
    }

    /** The must-gather's {@code cut -d/ -f3 | sort | uniq -c | sort -rn}: 27 lines, 1,983 keys. */
    @Test
    void mustGatherObjectCount() {
        String path = Captures.RUN2 + "healthy/must-gather/etcd_info/etcd_object_count";
        Parsing p = Parsing.fixture(new ObjectCountParser(), path);
        assertThat(p.diagnostics).isEmpty();
        EtcdKeyspace k = p.only(EtcdKeyspace.class);
        assertThat(p.records).hasSize(1);
        assertThat(k.format()).isEqualTo("object-count");
        assertThat(k.location()).isEqualTo(Captures.at(path, 0));
        assertThat(k.keysListed()).isEqualTo(1983);
        assertThat(k.reportedCount()).isEqualTo(-1);
        assertThat(k.revision()).isEqualTo(-1);
        assertThat(k.hasVersions()).isFalse();
        assertThat(k.topByUpdates()).isEmpty();
        assertThat(k.mostRecentlyWritten()).isEmpty();
        assertThat(k.namespaces()).isEmpty();
        List<String> lines = Captures.lines(path);
        assertThat(lines).hasSize(27);
        assertThat(k.resources()).extracting(EtcdResourceCount::resource).containsExactly("events", "secrets", "configmaps",
                "pods", "rolebindings", "services", "serviceaccounts", "replicasets", "roles", "endpoints", "deployments",
                "leases", "routes", "operator.openshift.io", "namespaces", "controllerrevisions", "minions", "csinodes",
                "clusterroles", "clusterrolebindings", "apiextensions.k8s.io", "validatingwebhookconfigurations", "ranges",
                "oauth", "network.openshift.io", "masterleases", "images");
        assertThat(k.resources()).extracting(EtcdResourceCount::keys).containsExactly(600L, 360L, 241L, 160L, 100L, 80L, 80L,
                80L, 60L, 40L, 40L, 28L, 20L, 20L, 20L, 20L, 6L, 6L, 6L, 6L, 4L, 1L, 1L, 1L, 1L, 1L, 1L);
        for (int i = 0; i < lines.size(); i++) {
            EtcdResourceCount c = k.resources().get(i);
            assertThat(c.namespace()).isEmpty();
            assertThat(c.updates()).isEqualTo(-1);
            assertThat(c.location()).isEqualTo(Captures.at(path, i + 1));
            assertThat(c.excerpt()).isEqualTo(lines.get(i));
        }
    }

    /** The seed's loop printing each key's ModRevision before it (healthy/ and hot-loop/, leases left out). */
    @Test
    void seedLoopModRevisions() {
        String healthy = Captures.RUN2 + "healthy/seed-loop-top5.txt";
        EtcdKeyspace k = only(healthy);
        assertThat(k.format()).isEqualTo("number-key");
        assertThat(k.keysListed()).isEqualTo(5);
        assertThat(k.hasVersions()).isFalse();
        assertThat(k.topByUpdates()).isEmpty();
        assertThat(k.mostRecentlyWritten()).extracting(EtcdKeyStats::modRevision).containsExactly(2727L, 1981L, 1980L, 1978L, 1977L);
        assertThat(k.mostRecentlyWritten()).extracting(EtcdKeyStats::resource)
                .containsExactly("configmaps", "images", "oauth/accesstokens", "ranges", "validatingwebhookconfigurations");
        for (EtcdKeyStats s : k.mostRecentlyWritten()) {
            long line = s.location().line();
            assertThat(Captures.line(healthy, line)).isEqualTo(s.excerpt()).isEqualTo(s.modRevision() + " " + s.key());
            assertThat(s.createRevision()).isEqualTo(-1);
            assertThat(s.version()).isEqualTo(-1);
        }
        assertThat(k.mostRecentlyWritten()).extracting(s -> s.location().line()).containsExactly(1L, 2L, 3L, 4L, 5L);

        String hot = Captures.RUN2 + "hot-loop/seed-loop-top5.txt";
        EtcdKeyspace h = only(hot);
        assertThat(h.keysListed()).isEqualTo(5);
        assertThat(h.mostRecentlyWritten()).extracting(EtcdKeyStats::modRevision).containsExactly(14719L, 14719L, 14718L, 14718L, 14717L);
        assertThat(h.resources()).extracting(EtcdResourceCount::resource, EtcdResourceCount::keys)
                .containsExactly(Tuple.tuple("events", 5L));
        assertThat(h.namespaces()).extracting(EtcdResourceCount::namespace, EtcdResourceCount::keys)
                .containsExactly(Tuple.tuple("app-frontend", 5L));
    }

    private static EtcdKeyspace only(String path) {
        Parsing p = Parsing.fixture(PARSER, path);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.records).hasSize(1);
        return p.only(EtcdKeyspace.class);
    }

    private static String hotLoopNamespaces() {
        return HEALTHY_NAMESPACES.replace("events | app-frontend | 20 | 20", "events | app-frontend | 60 | 60");
    }

    /** The parser's cut of a long excerpt. */
    private static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    private static List<String[]> rows(String block) {
        return block.lines().map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toArray(String[]::new)).toList();
    }

    /** Key rows; excerpts as the file has them: the Key … Version lines (fields) or the kv object as written (json). */
    private static List<EtcdKeyStats> keys(String block, String path, boolean json) {
        List<EtcdKeyStats> out = new ArrayList<>();
        for (String[] r : rows(block)) {
            long create = Long.parseLong(r[4]);
            long mod = Long.parseLong(r[5]);
            long version = Long.parseLong(r[6]);
            long line = json ? 1 : Long.parseLong(r[7]);
            String excerpt = json
                    ? cut(Captures.jsonElement(path, 1, "{\"key\":\""
                            + Base64.getEncoder().encodeToString(r[0].getBytes(StandardCharsets.UTF_8)) + "\"", "}"))
                    : String.join("\n", Captures.lines(path).subList((int) line - 1, (int) line + 3));
            out.add(new EtcdKeyStats(r[0], r[1], r[2], r[3], create, mod, version,
                    Math.min(1.0, (double) version / (mod - create + 1)), Captures.at(path, line), excerpt));
        }
        return out;
    }

    private static List<EtcdResourceCount> resources(String block, Location listing, boolean versions) {
        return rows(block).stream().map(r -> new EtcdResourceCount(r[0], "", Long.parseLong(r[1]),
                versions ? Long.parseLong(r[2]) : -1, -1, listing, r[0] + ": " + r[1] + " keys")).toList();
    }

    private static List<EtcdResourceCount> namespaces(String block, Location listing, boolean versions) {
        return rows(block).stream().map(r -> new EtcdResourceCount(r[0], r[1], Long.parseLong(r[2]),
                versions ? Long.parseLong(r[3]) : -1, -1, listing, r[0] + " in " + r[1] + ": " + r[2] + " keys")).toList();
    }
}
