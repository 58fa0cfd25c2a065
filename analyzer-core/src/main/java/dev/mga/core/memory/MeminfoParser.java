package dev.mga.core.memory;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.model.memory.MeminfoField;
import dev.mga.core.parse.Elision;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code /proc/meminfo} ({@code Key: N kB} and unit-less counts such as
 * {@code HugePages_Total: 20}), a NUMA node's meminfo ({@code Node 0 MemTotal: N kB}), the output of
 * {@code grep … /proc/meminfo}, and the seed's per-host loop ({@code HOSTNAME: x} then the file,
 * for several hosts), also with the file name {@code grep -H} puts first
 * ({@code /sys/devices/system/node/node0/meminfo:Node 0 HugePages_Total: 3}). Each host's (or node's) block becomes one {@link Meminfo}; a prompt, a blank
 * line, a {@code HOSTNAME:} line or a key seen again starts the next block.
 */
public final class MeminfoParser implements ArtifactParser {

    /** Lines of one block: the kernel prints about 55; a longer run is cut into blocks of this size. */
    static final int MAX_FIELDS = 512;

    static final Pattern LINE = Pattern.compile("^(?:Node (\\d+) )?([A-Za-z0-9_()]+):\\s+(\\d+)(?: (kB))?\\s*$");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Block block = new Block(input.host());
        boolean inCommand = false;
        Unread unread = new Unread();
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String host = ShellTranscript.hostname(line);
            if (host != null) {
                block.flush(context);
                block = new Block(host);
                continue;
            }
            if (line.isBlank() || !lines.isContent()) {
                block.flush(context);
                inCommand = !line.isBlank();
                if (inCommand) {
                    unread.report(context); // the command before this one printed no meminfo line
                    unread.command = lines.command();
                }
                continue;
            }
            if (Elision.is(line)) {
                continue; // rows the poster left out: the block goes on
            }
            String body = withoutFileName(withoutBackticks(line.strip()));
            int node = -1;
            if (body.startsWith("Node ")) { // a NUMA node's meminfo: "Node 0 MemTotal: …"
                int sp = body.indexOf(' ', 5);
                node = sp > 5 ? parseNode(body.substring(5, sp)) : -1;
                body = sp > 5 ? body.substring(sp + 1) : "";
            }
            Tokens.KeyValue kv = Tokens.keyValue(body);
            long bytes = kv == null || kv.unit().isEmpty() ? -1 : Units.kibToBytes(kv.value());
            if (kv == null || !isKey(kv.key()) || !kv.unit().isEmpty() && bytes < 0) {
                // lines right after a prompt are the rest of a pasted command (a for loop's body) when
                // meminfo lines follow them; otherwise they are another command's output, said once
                if (!inCommand || block.hasFields()) {
                    context.diagnostic(n, "not a meminfo line (expected 'Key:  N kB' or 'Key:  N', within 64 bits)");
                } else {
                    unread.add(n);
                }
                continue;
            }
            inCommand = false;
            unread.clear();
            String key = kv.key();
            if (block.startsAnother(key, node)) {
                block.flush(context);
            }
            block.add(node, new MeminfoField(key, kv.value(), kv.unit(), bytes, input.location(n), line));
        }
        block.flush(context);
        unread.report(context);
    }

    /** Lines after a command that no meminfo line followed before the next command or the end: another command's output, reported once. */
    private static final class Unread {
        String command = "";
        long first = -1;
        long last;

        void add(long n) {
            if (first < 0) {
                first = n;
            }
            last = n;
        }

        void clear() {
            first = -1;
        }

        void report(ParseContext context) {
            if (first >= 0) {
                String cmd = command.strip();
                context.diagnostic(first, "lines " + first + "-" + last + (cmd.isEmpty() ? "" : " (output of '"
                        + (cmd.length() <= 80 ? cmd : cmd.substring(0, 77) + "...") + "')")
                        + ": not meminfo lines; not read");
                first = -1;
            }
        }
    }

    /**
     * The line without the Markdown backtick a paste's first or last line carries when the poster put
     * the whole paste in one inline code span ({@code `HugePages_Total: 1024} … {@code Hugepagesize: 2048 kB`}).
     */
    static String withoutBackticks(String stripped) {
        String s = stripped;
        if (s.length() > 1 && s.charAt(0) == '`' && s.charAt(1) != '`') {
            s = s.substring(1);
        }
        if (s.length() > 1 && s.charAt(s.length() - 1) == '`' && s.charAt(s.length() - 2) != '`') {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The line without the file name {@code grep -H} (or {@code grep} over several files, {@code
     * xargs grep}) puts before it: {@code /sys/devices/system/node/node0/meminfo:Node 0 HugePages_Total: 3}.
     */
    static String withoutFileName(String stripped) {
        if (stripped.isEmpty() || stripped.charAt(0) != '/') {
            return stripped;
        }
        int at = stripped.indexOf("meminfo:");
        return at < 0 ? stripped : stripped.substring(at + "meminfo:".length()).strip();
    }

    private static int parseNode(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Letters, digits, {@code _} and parentheses, as meminfo keys are ({@code Active(anon)}). */
    private static boolean isKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '(' && c != ')') {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /** The lines of one host's (or NUMA node's) meminfo while they are read. */
    private static final class Block {
        private final String host;
        private final List<MeminfoField> fields = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private int node = -1;

        Block(String host) {
            this.host = host;
        }

        boolean hasFields() {
            return !fields.isEmpty();
        }

        boolean startsAnother(String key, int lineNode) {
            return !fields.isEmpty() && (keys.contains(key) || lineNode != node || fields.size() >= MAX_FIELDS);
        }

        void add(int lineNode, MeminfoField f) {
            node = lineNode;
            fields.add(f);
            keys.add(f.key());
        }

        void flush(ParseContext context) {
            if (!fields.isEmpty()) {
                Location at = fields.get(0).location();
                context.emit(new Meminfo(host, node, fields, at));
                fields.clear();
                keys.clear();
                node = -1;
            }
        }
    }
}
