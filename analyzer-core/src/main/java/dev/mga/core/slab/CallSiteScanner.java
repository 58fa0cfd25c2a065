package dev.mga.core.slab;

import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.IdRanges;
import dev.mga.core.model.slab.SlabCallSite;
import java.nio.charset.StandardCharsets;

/**
 * The fast path for call-site lines: a single pass over the line's bytes as the reader holds them,
 * no allocation but the symbol strings, for the shape the kernel prints. It accepts exactly what
 * the grammar ({@code SlabCallSite.g4}) accepts for well-formed lines — a property test holds the
 * two to the same results — and returns null for anything unusual, which then goes to the grammar
 * for a precise answer or error message. The grammar parser alone reads ~10 MB/s; this reads the
 * listings at well over 100 MB/s (see {@code SlabCallsBenchmark}).
 */
final class CallSiteScanner {

    /** What a listing's lines repeat: cpu and node lists (each caller is printed once per listing). */
    private final ByteKeyCache<IdRanges> ranges = new ByteKeyCache<>();
    // the line being read: fields of one scanner per listing, not one object per line (issue 13:
    // a scanner allocated per line escaped into the non-inlined location(), costing an allocation
    // and memory traffic on every position update)
    private byte[] s;
    private int n;
    private int i;

    /** The fields of a call-site line, or null when the line is not in the kernel's usual shape. */
    static CallSiteLineParser.Parsed scan(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new CallSiteScanner().callSite(b, 0, b.length);
    }

    /** A stack-frame line's location, or null when it is not in the usual shape. */
    static CodeLocation frame(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new CallSiteScanner().frame(b, 0, b.length);
    }

    /** As {@link #scan(String)}, on a line's UTF-8 bytes {@code line[from, from + length)} (blanks around it allowed). */
    CallSiteLineParser.Parsed callSite(byte[] line, int from, int length) {
        reset(line, from, length);
        return callSite();
    }

    /** As {@link #frame(String)}, on a line's UTF-8 bytes. */
    CodeLocation frame(byte[] line, int from, int length) {
        reset(line, from, length);
        spaces();
        CodeLocation loc = location();
        spaces();
        return loc != null && i == n ? loc : null;
    }

    private void reset(byte[] line, int from, int length) {
        s = line;
        i = from;
        n = from + length;
    }

    private CallSiteLineParser.Parsed callSite() {
        spaces();
        long count = unsigned();
        if (count < 0 || !spaces()) {
            return null;
        }
        CodeLocation caller = location();
        if (caller == null) {
            return null;
        }
        long wasteBytes = 0;
        long wasteEach = 0;
        if (field("waste=")) {
            wasteBytes = unsigned();
            if (wasteBytes < 0 || !expect('/') || (wasteEach = unsigned()) < 0) {
                return null;
            }
        }
        if (!field("age=")) {
            return null;
        }
        long ageMin = signed();
        long ageAvg = ageMin;
        long ageMax = ageMin;
        if (ageMin == Long.MIN_VALUE) {
            return null;
        }
        if (i < n && s[i] == '/') {
            i++;
            ageAvg = signed();
            if (ageAvg == Long.MIN_VALUE || !expect('/') || (ageMax = signed()) == Long.MIN_VALUE) {
                return null;
            }
        }
        if (!field("pid=")) {
            return null;
        }
        long pidMin = signed();
        long pidMax = pidMin;
        if (pidMin == Long.MIN_VALUE) {
            return null;
        }
        if (i < n && s[i] == '-') {
            i++;
            pidMax = signed();
            if (pidMax == Long.MIN_VALUE) {
                return null;
            }
        }
        IdRanges cpus = IdRanges.NONE;
        IdRanges nodes = IdRanges.NONE;
        if (field("cpus=")) {
            cpus = ranges();
            if (cpus == null) {
                return null;
            }
        }
        if (field("nodes=")) {
            nodes = ranges();
            if (nodes == null) {
                return null;
            }
        }
        spaces();
        return i == n ? new CallSiteLineParser.Parsed(count, caller, wasteBytes, wasteEach, ageMin, ageAvg, ageMax,
                pidMin, pidMax, cpus, nodes) : null;
    }

    /** A %pS location, or null. */
    private CodeLocation location() {
        // the usual shape first, in a method small enough for the JIT to inline into the line's loop
        return i < n && symbolStart(s[i]) ? symbolLocation() : otherLocation();
    }

    /** {@code symbol+0xOFF/0xSIZE}, then maybe {@code  [module]}; null otherwise. */
    private CodeLocation symbolLocation() {
        int start = i;
        while (i < n && symbolPart(s[i])) {
            i++;
        }
        int symbolEnd = i;
        if (!startsWith("+0x")) {
            return null;
        }
        i += 3;
        long offset = hex();
        if (offset < 0 || !startsWith("/0x")) {
            return null;
        }
        i += 3;
        long size = hex();
        if (size < 0) {
            return null;
        }
        String module = "";
        if (startsWith(" [")) {
            module = module();
            if (module == null) {
                return null;
            }
        }
        return new CodeLocation(ascii(start, symbolEnd), offset, size, module, "");
    }

    /** A module name after {@code " ["}, up to {@code ]}; null when the bracket is empty or not closed. */
    private String module() {
        int close = i + 2;
        while (close < n && s[close] != ']') {
            close++;
        }
        if (close >= n || close == i + 2) {
            return null;
        }
        String module = new String(s, i + 2, close - i - 2, StandardCharsets.UTF_8).trim();
        i = close + 1;
        return module;
    }

    /** {@code <not-available>} or a bare {@code 0x} address; null otherwise. */
    private CodeLocation otherLocation() {
        if (startsWith("<not-available>")) {
            i += "<not-available>".length();
            return CodeLocation.NOT_AVAILABLE;
        }
        int start = i;
        if (!startsWith("0x")) {
            return null;
        }
        i += 2;
        int digits = i;
        while (i < n && hexDigit(s[i]) >= 0) {
            i++;
        }
        if (i == digits || (i < n && s[i] != ' ')) {
            return null;
        }
        return new CodeLocation("", 0, 0, "", ascii(start, i));
    }

    /** One or more spaces then {@code name}; false (position kept) when the next field is another. */
    private boolean field(String name) {
        int save = i;
        if (!spaces() || !startsWith(name)) {
            i = save;
            return false;
        }
        i += name.length();
        return true;
    }

    /**
     * {@code INT(-INT)?(,INT(-INT)?)*}, as the grammar's rangeList, counted as {@link IdRanges#parse}
     * counts it; null otherwise.
     */
    private IdRanges ranges() {
        int start = i;
        long count = 0;
        do {
            long lo = unsigned();
            if (lo < 0) {
                return null;
            }
            if (i < n && s[i] == '-') {
                i++;
                long hi = unsigned();
                if (hi < 0) {
                    return null;
                }
                count += Math.max(0, hi - lo + 1);
            } else {
                count++;
            }
        } while (expect(','));
        IdRanges seen = ranges.get(s, start, i);
        return seen != null ? seen : ranges.put(s, start, i, new IdRanges(ascii(start, i), count));
    }

    private boolean spaces() {
        int start = i;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        return i > start;
    }

    private boolean expect(char c) {
        if (i < n && s[i] == c) {
            i++;
            return true;
        }
        return false;
    }

    /** Decimal digits, or -1 when there are none or they overflow. */
    private long unsigned() {
        int start = i;
        long v = 0;
        while (i < n) {
            byte c = s[i];
            if (c < '0' || c > '9') {
                break;
            }
            if (v >= Long.MAX_VALUE / 10 && (v > Long.MAX_VALUE / 10 || c - '0' > Long.MAX_VALUE % 10)) {
                return -1; // v * 10 + digit would pass Long.MAX_VALUE
            }
            v = v * 10 + (c - '0');
            i++;
        }
        return i == start ? -1 : v;
    }

    /** An optionally negative number, or Long.MIN_VALUE when absent. */
    private long signed() {
        boolean neg = expect('-');
        long v = unsigned();
        if (v < 0) {
            return Long.MIN_VALUE;
        }
        return neg ? -v : v;
    }

    private long hex() {
        int start = i;
        long v = 0;
        while (i < n) {
            int d = hexDigit(s[i]);
            if (d < 0) {
                break;
            }
            if (i - start >= 16) {
                return -1;
            }
            v = (v << 4) | d;
            i++;
        }
        return i == start ? -1 : v;
    }

    /** Whether the bytes at the position spell {@code literal} (ASCII). */
    private boolean startsWith(String literal) {
        int len = literal.length();
        if (n - i < len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s[i + k] != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes already checked to be ASCII, as a string. */
    private String ascii(int from, int to) {
        return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean symbolStart(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '$';
    }

    private static boolean symbolPart(byte c) {
        return symbolStart(c) || (c >= '0' && c <= '9');
    }
}
