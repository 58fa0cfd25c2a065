package dev.mga.core.memory;

import dev.mga.core.model.memory.HugepageCounter;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.Optional;

/** Parses one hugetlb sysfs file: its path names the pool and counter, its one line the value. */
public final class HugepageSysfsParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Optional<HugepageCounter.Place> place = HugepageCounter.place(input.entry().detectName());
        if (place.isEmpty()) {
            context.diagnostic(0, "path does not name a pool (expected …/hugepages/hugepages-<N>kB/<counter>)");
            return;
        }
        Lines lines = input.lines();
        String line = lines.nextContent();
        if (line == null || line.isBlank()) {
            return; // write-only files (demote) read as empty
        }
        Optional<HugepageCounter> c = HugepageCounter.of(input.host(), place.get(), line, input.location(1), line);
        if (c.isEmpty()) {
            context.diagnostic(1, "not a counter value (expected a number of pages, or N kB)");
        } else {
            context.emit(c.get());
        }
    }
}
