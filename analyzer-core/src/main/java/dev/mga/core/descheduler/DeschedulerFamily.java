package dev.mga.core.descheduler;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** The descheduler family: the descheduler: its pod logs and the KubeDescheduler resource. */
public final class DeschedulerFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "descheduler";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(new DeschedulerLogType(), new KubeDeschedulerType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new DeschedulerSubjects());
    }
}
