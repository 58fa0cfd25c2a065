package dev.mga.core.slab;

/**
 * The fast path for call-site lines: a single pass over the characters, no allocation but the
 * symbol strings, for the shape the kernel prints. It accepts exactly what the grammar
 * ({@code SlabCallSite.g4}) accepts for well-formed lines — a property test holds the two to the
 * same results — and returns null for anything unusual, which then goes to the grammar for a
 * precise answer or error message. The grammar parser alone reads ~10 MB/s; this reads the
 * listings at several hundred MB/s.
 */
final class CallSiteScanner {

    private final String s;
    private final int n;
    private int i;

    private CallSiteScanner(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The fields of a call-site line, or null when the line is not in the kernel's usual shape. */
    static CallSiteLineParser.Parsed scan(String line) {
        return new CallSiteScanner(line).callSite();
    }

    /** A stack-frame line's location, or null when it is not in the usual shape. */
    static CodeLocation frame(String line) {
        CallSiteScanner sc = new CallSiteScanner(line);
        sc.spaces();
        CodeLocation loc = sc.location();
        sc.spaces();
        return loc != null && sc.i == sc.n ? loc : null;
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
        if (i < n && s.charAt(i) == '/') {
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
        if (i < n && s.charAt(i) == '-') {
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
        if (s.startsWith("<not-available>", i)) {
            i += "<not-available>".length();
            return CodeLocation.NOT_AVAILABLE;
        }
        int start = i;
        if (s.startsWith("0x", i)) {
            i += 2;
            int digits = i;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
            if (i == digits || (i < n && s.charAt(i) != ' ')) {
                return null;
            }
            return new CodeLocation("", 0, 0, "", s.substring(start, i));
        }
        if (i >= n || !symbolStart(s.charAt(i))) {
            return null;
        }
        while (i < n && symbolPart(s.charAt(i))) {
            i++;
        }
        String symbol = s.substring(start, i);
        if (!s.startsWith("+0x", i)) {
            return null;
        }
        i += 3;
        long offset = hex();
        if (offset < 0 || !s.startsWith("/0x", i)) {
            return null;
        }
        i += 3;
        long size = hex();
        if (size < 0) {
            return null;
        }
        String module = "";
        if (s.startsWith(" [", i)) {
            int close = s.indexOf(']', i + 2);
            if (close < 0 || close == i + 2) {
                return null;
            }
            module = s.substring(i + 2, close).trim();
            i = close + 1;
        }
        return new CodeLocation(symbol, offset, size, module, "");
    }

    /** One or more spaces then {@code name}; false (position kept) when the next field is another. */
    private boolean field(String name) {
        int save = i;
        if (!spaces() || !s.startsWith(name, i)) {
            i = save;
            return false;
        }
        i += name.length();
        return true;
    }

    /** {@code INT(-INT)?(,INT(-INT)?)*}, as the grammar's rangeList; null otherwise. */
    private IdRanges ranges() {
        int start = i;
        do {
            if (unsigned() < 0) {
                return null;
            }
            if (i < n && s.charAt(i) == '-') {
                i++;
                if (unsigned() < 0) {
                    return null;
                }
            }
        } while (expect(','));
        return IdRanges.parse(s.substring(start, i));
    }

    private boolean spaces() {
        int start = i;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i > start;
    }

    private boolean expect(char c) {
        if (i < n && s.charAt(i) == c) {
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
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (v > (Long.MAX_VALUE - (c - '0')) / 10) {
                return -1;
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
            int d = Character.digit(s.charAt(i), 16);
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

    private static boolean symbolStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '$';
    }

    private static boolean symbolPart(char c) {
        return symbolStart(c) || (c >= '0' && c <= '9');
    }
}
