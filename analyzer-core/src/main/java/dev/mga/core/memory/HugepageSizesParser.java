package dev.mga.core.memory;

import dev.mga.core.model.memory.HugepageSizes;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code ls /sys/kernel/mm/hugepages}: {@code hugepages-<N>kB} names, on one line or several. */
public final class HugepageSizesParser implements ArtifactParser {

    static final Pattern NAME = Pattern.compile("^hugepages-(\\d+)kB/?$");
    /** Sizes kept: a kernel offers two or three. */
    static final int MAX_SIZES = 64;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        List<Long> sizes = new ArrayList<>();
        long first = 0;
        String excerpt = "";
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank() || !lines.isContent()) {
                continue;
            }
            for (String token : Words.split(line)) {
                Matcher m = NAME.matcher(token);
                long size = m.matches() ? Units.kibToBytes(Numbers.whole(m.group(1))) : -1;
                if (size >= 0 && sizes.size() >= MAX_SIZES) {
                    context.diagnostic(lines.lineNumber(), "more than " + MAX_SIZES + " page sizes (expected the"
                            + " kernel's few); the rest are left out");
                    break;
                } else if (size >= 0) {
                    sizes.add(size);
                } else {
                    context.diagnostic(lines.lineNumber(), "not a hugepage pool directory (expected hugepages-<N>kB within 64 bits): " + token);
                }
            }
            if (first == 0) {
                first = lines.lineNumber();
                excerpt = line;
            }
        }
        if (!sizes.isEmpty()) {
            context.emit(new HugepageSizes(input.host(), sizes, input.location(first), excerpt));
        }
    }
}
