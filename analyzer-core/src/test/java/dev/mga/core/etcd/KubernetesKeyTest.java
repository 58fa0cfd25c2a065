package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.KubernetesKey;
import org.junit.jupiter.api.Test;

class KubernetesKeyTest {

    @Test
    void namespacedClusterScopedGroupedAndTwoSegmentResources() {
        assertThat(KubernetesKey.parse("/kubernetes.io/configmaps/openshift-service-ca/service-ca-controller-lock"))
                .isEqualTo(new KubernetesKey("/kubernetes.io/configmaps/openshift-service-ca/service-ca-controller-lock",
                        "/kubernetes.io", "", "configmaps", "openshift-service-ca", "service-ca-controller-lock"));
        assertThat(KubernetesKey.parse("/registry/minions/worker-0"))
                .isEqualTo(new KubernetesKey("/registry/minions/worker-0", "/registry", "", "minions", "", "worker-0"));
        KubernetesKey crd = KubernetesKey.parse("/kubernetes.io/operator.openshift.io/ingresscontrollers/openshift-ingress-operator/default");
        assertThat(crd.group()).isEqualTo("operator.openshift.io");
        assertThat(crd.resource()).isEqualTo("ingresscontrollers");
        assertThat(crd.namespace()).isEqualTo("openshift-ingress-operator");
        assertThat(crd.groupResource()).isEqualTo("operator.openshift.io/ingresscontrollers");
        KubernetesKey clusterNetwork = KubernetesKey.parse("/kubernetes.io/network.openshift.io/clusternetworks/default");
        assertThat(clusterNetwork.groupResource()).isEqualTo("network.openshift.io/clusternetworks");
        assertThat(clusterNetwork.namespace()).isEmpty();
        assertThat(clusterNetwork.name()).isEqualTo("default");
        KubernetesKey spec = KubernetesKey.parse("/kubernetes.io/services/specs/default/kubernetes");
        assertThat(spec.resource()).isEqualTo("services/specs");
        assertThat(spec.namespace()).isEqualTo("default");
        // a services key without specs/ or endpoints/ (make-captures.sh writes them) is namespaced services
        KubernetesKey plain = KubernetesKey.parse("/kubernetes.io/services/kube-system/services-kube-system-1");
        assertThat(plain.resource()).isEqualTo("services");
        assertThat(plain.namespace()).isEqualTo("kube-system");
        assertThat(plain.name()).isEqualTo("services-kube-system-1");
        assertThat(KubernetesKey.parse("/kubernetes.io/services/endpoints/default/kubernetes").resource()).isEqualTo("services/endpoints");
        KubernetesKey token = KubernetesKey.parse("/openshift.io/oauth/accesstokens/sha256~abc");
        assertThat(token.prefix()).isEqualTo("/openshift.io");
        assertThat(token.resource()).isEqualTo("oauth/accesstokens");
        assertThat(token.namespace()).isEmpty();
        assertThat(token.name()).isEqualTo("sha256~abc");
        // a webhook configuration named with dots is not an API group
        KubernetesKey hook = KubernetesKey.parse("/kubernetes.io/validatingwebhookconfigurations/multus.openshift.io");
        assertThat(hook.group()).isEmpty();
        assertThat(hook.resource()).isEqualTo("validatingwebhookconfigurations");
        assertThat(hook.name()).isEqualTo("multus.openshift.io");
        assertThat(KubernetesKey.parse("compact_rev_key").resource()).isEmpty();
        assertThat(KubernetesKey.parse("/etcdctl-check-perf/abc").resource()).isEmpty();
    }
}
