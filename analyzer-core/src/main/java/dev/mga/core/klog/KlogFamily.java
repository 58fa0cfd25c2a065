package dev.mga.core.klog;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import java.util.List;

/** The klog family: Kubernetes component logs (klog). */
public final class KlogFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "klog";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(new KlogLogType());
    }
}
