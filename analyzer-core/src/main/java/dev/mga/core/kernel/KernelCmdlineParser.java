package dev.mga.core.kernel;

import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;

/** {@code /proc/cmdline}: one line, the arguments the kernel booted with. */
final class KernelCmdlineParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line;
        boolean read = false;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (read) {
                context.diagnostic(lines.lineNumber(), "a second line (expected /proc/cmdline: one line of arguments); not read");
                return;
            }
            if (lines.lastWasCut()) {
                context.diagnostic(lines.lineNumber(), "line longer than the line limit, cut; arguments after the cut not read");
            }
            context.emit(new KernelCommandLine(input.host(), "/proc/cmdline", KernelCommandLine.split(line.strip()),
                    input.location(lines.lineNumber()), line));
            read = true;
        }
    }
}
