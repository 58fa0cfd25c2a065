package dev.mga.core.capture;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import java.util.List;

/** The capture family: capture metadata (the must-gather timestamp). */
public final class CaptureFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "capture";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(new MustGatherTimestampType());
    }
}
