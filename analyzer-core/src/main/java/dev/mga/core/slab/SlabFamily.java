package dev.mga.core.slab;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;

/**
 * The slab family: kernel slab: call-site listings, slabinfo, slabtop. Each type is data: its paths,
 * how its content is recognised ({@link SlabSniffers}) and its parser.
 */
public final class SlabFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "slab";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("slab.calls")
                        .describedAs("SLUB call-site listing (sysfs alloc_calls/free_calls, debugfs alloc_traces/free_traces)")
                        .paths("**/sys/kernel/slab/*/{alloc,free}_calls", "**/debug/slab/*/{alloc,free}_traces",
                                "**/slab/*/{alloc,free}_{calls,traces}", "**/{alloc,free}_{calls,traces}")
                        .sniffer(SlabSniffers::callSites).sniffPriority(10).onePerCommand()
                        .parser(new SlabCallsParser()).build(),
                ArtifactType.declare("slab.slabinfo")
                        .describedAs("/proc/slabinfo (version 2.x and 1.x; also rows without the version line)")
                        .paths("**/proc/slabinfo", "**/slabinfo", "**/slabinfo.txt")
                        .sniffer(SlabSniffers::slabinfo)
                        .parser(new SlabInfoParser()).build(),
                ArtifactType.declare("slab.slabtop")
                        .describedAs("slabtop -o output (procps-ng)")
                        .paths("**/slabtop", "**/slabtop{_,-,.}*")
                        .sniffer(SlabSniffers::slabtop)
                        .parser(new SlabTopParser()).build());
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
