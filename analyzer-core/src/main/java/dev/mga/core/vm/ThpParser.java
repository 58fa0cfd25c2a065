package dev.mga.core.vm;

import dev.mga.core.model.vm.ThpSetting;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One file of {@code /sys/kernel/mm/transparent_hugepage}: its choices, the bracketed one in force. */
final class ThpParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line = lines.nextContent();
        while (line != null && line.isBlank()) {
            line = lines.nextContent();
        }
        if (line == null) {
            return;
        }
        String path = input.entry().detectName();
        int at = path.indexOf("transparent_hugepage/");
        String name = at >= 0 ? path.substring(at + "transparent_hugepage/".length()) : path.substring(path.lastIndexOf('/') + 1);
        List<String> choices = new ArrayList<>();
        String selected = "";
        for (String word : Words.split(line)) {
            if (word.length() > 2 && word.startsWith("[") && word.endsWith("]")) {
                word = word.substring(1, word.length() - 1);
                selected = word;
            }
            choices.add(word);
        }
        if (selected.isEmpty() && choices.size() == 1) {
            selected = choices.get(0); // a plain value (use_zero_page 1, khugepaged/pages_to_scan 4096)
        }
        context.emit(new ThpSetting(input.host(), name, selected, choices, input.location(lines.lineNumber()), line));
    }
}
