package dev.mga.core.klog;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ParserOption;
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

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(KlogReader.YEAR_OPTION, "2024", "the year of klog lines that carry no timestamp "
                + "prefix (without it, a must-gather timestamp file in the same input gives the year)", "(19|20|21)[0-9]{2}"));
    }
}
