package dev.mga.core.slab;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;

/** The slab family: kernel slab: call-site listings, slabinfo, slabtop. */
public final class SlabFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "slab";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(new SlabCallsType(), new SlabInfoType(), new SlabTopType());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new SlabSubjects());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(SlabCallsParser.CACHE_OPTION, "kmalloc-32",
                "the cache of a call-site listing whose path does not name it", "[A-Za-z0-9_.:()+-]{1,64}"));
    }
}
