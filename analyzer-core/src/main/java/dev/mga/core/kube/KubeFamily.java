package dev.mga.core.kube;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;

/** The kube family: Kubernetes resources: nodes, pods, events, allocatable maps. */
public final class KubeFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "kube";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                new KubeNodeType(),
                new KubePodType(),
                new KubeEventType(),
                new KubeAllocatableType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new KubeSubjects.Nodes(), new KubeSubjects.Pods(), new KubeSubjects.Events());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(KubeAllocatableParser.NODE_OPTION, "worker-1", "the node of a pasted "
                + "allocatable map when neither prompt nor path names it", "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?"));
    }
}
