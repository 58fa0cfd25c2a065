package dev.mga.core.descheduler;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** The descheduler family: the descheduler's pod logs and the KubeDescheduler resource. */
public final class DeschedulerFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "descheduler";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("descheduler.log")
                        .describedAs("descheduler pod log (evictions, dry-run evictions, cycle totals, failures; klog "
                                + "text, the printf messages of v0.4-v0.19, or JSON)")
                        // The OpenShift operand's container is openshift-descheduler (cluster-kube-descheduler-operator
                        // bindata/assets/kube-descheduler/deployment.yaml:35, release-4.4 on); the upstream Helm
                        // chart's is descheduler (charts/descheduler templates: name {{ .Chart.Name }}), which
                        // oc adm inspect of its namespace writes as descheduler/descheduler. Pod log files as
                        // oc adm inspect writes them (pod.go:223-225, 250-267; rotated since 4.10: pod.go:144, 185).
                        .paths("**/namespaces/*/pods/descheduler-*/openshift-descheduler/openshift-descheduler/logs/{current,previous}.log",
                                "**/namespaces/*/pods/descheduler-*/openshift-descheduler/openshift-descheduler/logs/rotated/*.log.????????-??????",
                                "**/namespaces/*/pods/descheduler-*/descheduler/descheduler/logs/{current,previous}.log",
                                "**/namespaces/*/pods/descheduler-*/descheduler/descheduler/logs/rotated/*.log.????????-??????",
                                "**/var/log/pods/*_descheduler-*/{descheduler,openshift-descheduler}/*.log")
                        .sniffer(DeschedulerSample::isLog)
                        .sniffPriority(10) // before the generic klog sniffer, which would also accept these logs
                        .parser(new DeschedulerLogParser())
                        .build(),
                ArtifactType.declare("descheduler.kubedescheduler")
                        .describedAs("KubeDescheduler resource (operator.openshift.io/v1, and the v1beta1 of OpenShift "
                                + "4.4-4.7): mode, interval, profiles or strategies, customizations")
                        .paths("**/operator.openshift.io/kubedeschedulers/*.{yaml,yml,json}",
                                "**/operator.openshift.io/kubedeschedulers.{yaml,yml,json}")
                        .sniffer(DeschedulerSample::isKubeDescheduler)
                        .parser(new KubeDeschedulerParser())
                        .build());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new DeschedulerSubjects());
    }
}
