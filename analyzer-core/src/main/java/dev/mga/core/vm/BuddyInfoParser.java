package dev.mga.core.vm;

import dev.mga.core.model.vm.FreeBlocks;
import dev.mga.core.parse.Numbers;
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

/** {@code /proc/buddyinfo}: {@code Node 0, zone   Normal   1  2  3 …}, one line per zone. */
final class BuddyInfoParser implements ArtifactParser {

    static final Pattern LINE = Pattern.compile("^Node (\\d{1,4}), zone +([A-Za-z0-9_]{1,16})((?: +\\d{1,20}){1,64}) *$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not a buddyinfo line (expected 'Node 0, zone Normal' and free blocks per order)");
                continue;
            }
            context.emit(new FreeBlocks(input.host(), Integer.parseInt(m.group(1)), m.group(2), numbers(m.group(3)),
                    input.location(lines.lineNumber()), line));
        }
    }

    static List<Long> numbers(String text) {
        List<Long> out = new ArrayList<>();
        for (String n : Words.split(text)) {
            out.add(Math.max(0, Numbers.whole(n)));
        }
        return out;
    }
}
