package dev.mga.core.kube;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.kube.KubeCluster;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subjects over the cluster's objects, each object once (see {@link KubeCluster}). */
public final class KubeSubjects {

    private KubeSubjects() {
    }

    /** {@code kube.node}: one item per node (KubeNode). */
    public static final class Nodes implements FactSubject {
        @Override
        public String name() {
            return "kube.node";
        }

        @Override
        public String description() {
            return "one Kubernetes node: labels, capacity, allocatable (KubeNode)";
        }

        @Override
        public Class<?> type() {
            return KubeNode.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return KubeCluster.of(model).nodes();
        }
    }

    /** {@code kube.pod}: one item per pod (KubePod). */
    public static final class Pods implements FactSubject {
        @Override
        public String name() {
            return "kube.pod";
        }

        @Override
        public String description() {
            return "one Kubernetes pod: phase, node, containers with requests and limits (KubePod)";
        }

        @Override
        public Class<?> type() {
            return KubePod.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return KubeCluster.of(model).pods();
        }
    }

    /** {@code kube.event}: one item per event (KubeEvent). */
    public static final class Events implements FactSubject {
        @Override
        public String name() {
            return "kube.event";
        }

        @Override
        public String description() {
            return "one Kubernetes event: reason, message, involved object, count (KubeEvent)";
        }

        @Override
        public Class<?> type() {
            return KubeEvent.class;
        }

        @Override
        public List<?> items(CaptureModel model) {
            return KubeCluster.of(model).events();
        }
    }
}
