package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code sysctl -a} (sos: {@code sos_commands/kernel/sysctl_-a}) and pasted {@code sysctl} lines. */
public final class SysctlType implements ArtifactType {

    private final SysctlParser parser = new SysctlParser();

    @Override
    public String id() {
        return "memory.sysctl";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "sysctl output (key = value), e.g. sysctl -a | grep hugepages; sysctl.conf and sysctl.d files (configuration)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/sos_commands/kernel/sysctl_-a", "**/sysctl_-a", "**/sysctl-a*", "**/sysctl", "**/etc/sysctl.conf",
                "**/etc/sysctl.d/*.conf");
    }

    /**
     * Only {@code key.name = value} (or {@code key.name=value}) lines and configuration comments
     * ({@code #}, {@code ;}), after at most a few prompt lines.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        int settings = 0;
        for (String l : sample.nonBlankLines(20)) {
            String t = l.strip();
            if (SysctlParser.LINE.matcher(t).matches()) {
                settings++;
            } else if (!SysctlParser.isComment(t)) {
                return false; // prompt lines are not in the sample's lines
            }
        }
        return settings > 0;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
