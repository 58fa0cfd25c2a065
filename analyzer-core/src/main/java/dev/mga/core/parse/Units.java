package dev.mga.core.parse;

import dev.mga.core.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes and quantities as the captured tools write them, read to bytes and written back: the one
 * place that knows units. Each tool has its own dialect, kept exact:
 * <ul>
 *   <li>{@code /proc} and sysfs {@code kB}: KiB ({@link #kibToBytes});</li>
 *   <li>IEC unit names ({@code KiB … EiB}, top's summary lines: {@link #iecUnit});</li>
 *   <li>procps {@code free -h} ({@code 15Gi}, {@code 5.2Gi}, {@code 0B}; before procps 3.3.13
 *       {@code 2.0G}, binary too; {@code --si}: {@code 15G}, decimal): {@link #freeSize};</li>
 *   <li>procps {@code top} ({@code 1.7g}, {@code 11.3g}, {@code 220480} KiB): {@link #topSize};</li>
 *   <li>procps {@code slabtop} ({@code 0.04K}, {@code 2292K}): {@link #slabtopSize};</li>
 *   <li>etcdctl's go-humanize sizes ({@code 128 MB}, {@code 2.3 MB}, {@code 20 kB}; 1000-based,
 *       and {@code IBytes}' {@code 1.5 GiB}): {@link #humanizeSize};</li>
 *   <li>hugetlbfs {@code pagesize=16M} mount options: {@link #pageSizeOption};</li>
 *   <li>Kubernetes resource quantities ({@code 1894m}, {@code 15272Mi}, {@code 1e3}):
 *       {@link #quantity}; and sizes as rule files write them ({@code 8 GiB}): {@link #writtenSize}.</li>
 * </ul>
 * Readers of tool sizes return -1 for text that is not a size in that tool's dialect (or beyond 64
 * bits) and never throw, so a parser can report the line and go on. A decimal is scaled exactly and
 * rounded as the tool's own reading would be: down (the tool rounded already), or to the nearest
 * byte for slabtop's two-decimal KiB.
 */
public final class Units {

    public static final long KIB = 1L << 10;
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    public static final long TIB = 1L << 40;
    public static final long PIB = 1L << 50;
    public static final long EIB = 1L << 60;

    private static final long KB = 1000L;
    private static final long MB = KB * KB;
    private static final long GB = MB * KB;
    private static final long TB = GB * KB;
    private static final long PB = TB * KB;
    private static final long EB = PB * KB;

    /**
     * free's {@code -h} suffixes: binary with an {@code i}; without it, decimal under {@code --si} and
     * binary otherwise (procps before 3.3.13 wrote {@code 2.0G} for 2 GiB: the {@code i} came with
     * procps-ng commit 9365be76, November 2016, while {@code --si} kept the bare letter).
     */
    private static final Map<String, Long> FREE = Map.ofEntries(Map.entry("B", 1L), Map.entry("Ki", KIB),
            Map.entry("Mi", MIB), Map.entry("Gi", GIB), Map.entry("Ti", TIB), Map.entry("Pi", PIB),
            Map.entry("K", KIB), Map.entry("k", KIB), Map.entry("M", MIB), Map.entry("G", GIB), Map.entry("T", TIB),
            Map.entry("P", PIB));
    private static final Map<String, Long> FREE_SI = Map.ofEntries(Map.entry("B", 1L), Map.entry("Ki", KIB),
            Map.entry("Mi", MIB), Map.entry("Gi", GIB), Map.entry("Ti", TIB), Map.entry("Pi", PIB),
            Map.entry("K", KB), Map.entry("k", KB), Map.entry("M", MB), Map.entry("G", GB), Map.entry("T", TB),
            Map.entry("P", PB));
    /** slabtop's size letters (any case), binary. */
    private static final Map<String, Long> SLABTOP = Map.of("K", KIB, "k", KIB, "M", MIB, "m", MIB, "G", GIB,
            "g", GIB);
    /** go-humanize: {@code Bytes} (base 1000, {@code kB}; etcdctl writes K as k) and {@code IBytes} (base 1024). */
    private static final Map<String, Long> HUMANIZE = Map.ofEntries(Map.entry("B", 1L), Map.entry("iB", 1L),
            Map.entry("kB", KB),
            Map.entry("KB", KB), Map.entry("MB", MB), Map.entry("GB", GB), Map.entry("TB", TB), Map.entry("PB", PB),
            Map.entry("EB", EB), Map.entry("kiB", KIB), Map.entry("KiB", KIB), Map.entry("MiB", MIB),
            Map.entry("GiB", GIB), Map.entry("TiB", TIB), Map.entry("PiB", PIB), Map.entry("EiB", EIB));
    /** hugetlbfs {@code pagesize=} letters, binary; a bare number is bytes. */
    private static final Map<String, Long> PAGESIZE = Map.of("K", KIB, "M", MIB, "G", GIB, "T", TIB);
    private static final Map<String, Long> IEC = Map.of("KiB", KIB, "MiB", MIB, "GiB", GIB, "TiB", TIB, "PiB", PIB,
            "EiB", EIB);

    /** A number, a unit prefix and a B, any case ({@code 8 GiB}, {@code 100 mb}): rule files' sizes. */
    private static final Pattern SIZE_WITH_B = Pattern.compile("(?i)([0-9.]+)\\s*([kmgtpe]i?)?b");

    /** Longest number slabtop prints ({@code 48800K} and the like, far below this). */
    private static final int SLABTOP_DIGITS = 24;
    /** Longest number part of a Kubernetes quantity: its own values fit in 64 bits and a few decimals. */
    private static final int MAX_QUANTITY_NUMBER = 64;

    private Units() {
    }

    // ---- reading the tools' sizes ----

    /** {@code kib} KiB ({@code /proc}'s and sysfs' {@code kB}) in bytes, or -1 when negative or beyond 64 bits. */
    public static long kibToBytes(long kib) {
        return kib < 0 || kib > Long.MAX_VALUE / KIB ? -1 : kib * KIB;
    }

    /** The bytes of an IEC unit name ({@code KiB} … {@code EiB}), as top's summary lines name theirs; -1 for others. */
    public static long iecUnit(String unit) {
        return IEC.getOrDefault(unit, -1L);
    }

    /**
     * A size from {@code free}: {@code -h} sizes with {@code B Ki Mi Gi Ti Pi} (binary) or
     * {@code K M G T P} (binary from procps before 3.3.13, decimal under {@code --si}); a bare number
     * is {@code bareUnit} bytes each (KiB, or what {@code -m}, {@code -g}, {@code -b} chose).
     */
    public static long freeSize(String text, long bareUnit) {
        return freeSize(text, bareUnit, false);
    }

    /** {@link #freeSize(String, long)} for a {@code free} run with or without {@code --si}. */
    public static long freeSize(String text, long bareUnit, boolean si) {
        String s = decimalPoint(text.strip());
        int end = decimalEnd(s);
        if (end == 0) {
            return -1;
        }
        long unit = end == s.length() ? bareUnit : (si ? FREE_SI : FREE).getOrDefault(s.substring(end), -1L);
        return unit < 0 ? -1 : scaled(s.substring(0, end), unit, RoundingMode.DOWN);
    }

    /**
     * A {@code -h} size written with the locale's decimal comma ({@code 7,3Gi}: procps formats it with
     * printf under LC_NUMERIC, so French, German or Russian sessions print commas) with a point; any
     * other text as it is. free never groups digits, so one comma between digits before a unit is the
     * decimal separator.
     */
    private static String decimalPoint(String s) {
        int comma = s.indexOf(',');
        if (comma <= 0 || comma + 1 >= s.length() || !Character.isDigit(s.charAt(comma - 1)) || !Character.isDigit(s.charAt(comma + 1))
                || s.indexOf(',', comma + 1) >= 0) {
            return s;
        }
        String dotted = s.substring(0, comma) + '.' + s.substring(comma + 1);
        int end = decimalEnd(dotted);
        return end > comma + 1 && end < dotted.length() ? dotted : s; // a unit follows the number
    }

    /**
     * A memory value from top: {@code bareUnit} bytes each (KiB in the task table, the summary's
     * unit on its lines), or with top's scaling letter {@code k m g t p e} (KiB … EiB, any case) as
     * it prints a field too narrow for the number or as {@code -e}/{@code -E} ask.
     */
    public static long topSize(String text, long bareUnit) {
        String s = text.strip();
        int end = decimalEnd(s);
        if (end == 0) {
            return -1;
        }
        // one letter at most (a task row has three of these values: no substring, no map on this path)
        long unit = end == s.length() ? bareUnit : end == s.length() - 1 ? topLetter(s.charAt(end)) : -1;
        return unit < 0 ? -1 : scaled(s.substring(0, end), unit, RoundingMode.DOWN);
    }

    private static long topLetter(char c) {
        return switch (c) {
            case 'k', 'K' -> KIB;
            case 'm', 'M' -> MIB;
            case 'g', 'G' -> GIB;
            case 't', 'T' -> TIB;
            case 'p', 'P' -> PIB;
            case 'e', 'E' -> EIB;
            default -> -1;
        };
    }

    /**
     * A slabtop size ({@code 0.04K}, {@code 2292K}, {@code 1.5M}; a bare number is bytes), to the
     * nearest byte: slabtop prints object sizes in hundredths of a KiB.
     */
    public static long slabtopSize(String text) {
        int end = decimalEnd(text);
        if (end == 0 || end > SLABTOP_DIGITS) {
            return -1;
        }
        long unit = end == text.length() ? 1 : SLABTOP.getOrDefault(text.substring(end), -1L);
        return unit < 0 ? -1 : scaled(text.substring(0, end), unit, RoundingMode.HALF_UP);
    }

    /**
     * A size as etcdctl prints it with go-humanize: {@code Bytes} is 1000-based ({@code 128 MB},
     * {@code 2.3 MB}, {@code 20 kB}, {@code 0 B}), {@code IBytes} 1024-based ({@code 1.5 GiB}). The
     * value is what the text says ({@code 128 MB} is 128,000,000 bytes): go-humanize rounded it to one
     * decimal below 10 and to a whole number above, and that cannot be undone.
     */
    public static long humanizeSize(String text) {
        String s = text.strip();
        if (s.length() > Numbers.MAX_DIGITS) {
            return -1; // go-humanize prints three digits; BigDecimal would take seconds on a long run of them
        }
        int end = strictDecimalEnd(s);
        int unitStart = end;
        while (unitStart < s.length() && isRegexSpace(s.charAt(unitStart))) {
            unitStart++;
        }
        long unit = end == 0 ? -1 : HUMANIZE.getOrDefault(s.substring(unitStart), -1L);
        return unit < 0 ? -1 : scaled(s.substring(0, end), unit, RoundingMode.DOWN);
    }

    /**
     * A hugetlbfs {@code pagesize=} option value: whole digits with {@code K M G T} (binary) or
     * bare bytes ({@code mount -o pagesize=16777216}).
     */
    public static long pageSizeOption(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        long v = Numbers.whole(text.substring(0, end));
        long unit = end == text.length() ? 1 : PAGESIZE.getOrDefault(text.substring(end), -1L);
        return v < 0 || unit < 0 || v > Long.MAX_VALUE / unit ? -1 : v * unit;
    }

    /**
     * A decimal number ({@code 12}, {@code 1.7}) times {@code unit} bytes, rounded as given, or -1
     * when the text is no decimal, longer than {@link Numbers#MAX_DIGITS} or the product is beyond 64 bits.
     */
    public static long scaled(String number, long unit, RoundingMode rounding) {
        if (number.length() > Numbers.MAX_DIGITS) {
            return -1; // no 64-bit size is that long; BigDecimal would take seconds on it
        }
        if (number.indexOf('.') < 0) { // whole numbers (most of them) without BigDecimal
            try {
                long v = Math.multiplyExact(Long.parseLong(number), unit);
                return v < 0 ? -1 : v;
            } catch (NumberFormatException | ArithmeticException e) {
                return -1;
            }
        }
        try {
            long v = new BigDecimal(number).multiply(BigDecimal.valueOf(unit)).setScale(0, rounding).longValueExact();
            return v < 0 ? -1 : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    // ---- Kubernetes quantities ----

    /**
     * A Kubernetes resource quantity ({@code 1894m}, {@code 15272Mi}, {@code 1e3}), its value exactly
     * as k8s.io/apimachinery's {@code resource.Quantity} defines it: a signed decimal with a
     * binary-SI suffix ({@code Ki Mi Gi Ti Pi Ei}), a decimal-SI suffix ({@code n u m "" k M G T P E})
     * or a decimal exponent ({@code e3}, {@code E-2}).
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Quantity quantity(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty quantity");
        }
        int end = signedDecimalEnd(s);
        if (end == 0 || !hasDigit(s, end)) {
            throw new IllegalArgumentException("quantity '" + text + "' does not start with a number");
        }
        if (end > MAX_QUANTITY_NUMBER) {
            // BigDecimal takes seconds to minutes on hundreds of thousands of digits; no quantity has them
            throw new IllegalArgumentException("quantity '" + s.substring(0, 20) + "…' has more than "
                    + MAX_QUANTITY_NUMBER + " characters in its number");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(s.substring(0, end).replace("+", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quantity '" + text + "' does not start with a number");
        }
        return new Quantity(number.multiply(quantityMultiplier(s.substring(end), text)).stripTrailingZeros(), s);
    }

    /** {@link #quantity}, or empty when the text is not one. */
    public static Optional<Quantity> tryQuantity(String text) {
        try {
            return Optional.of(quantity(text));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal quantityMultiplier(String suffix, String text) {
        switch (suffix) {
            case "": return BigDecimal.ONE;
            case "Ki": return BigDecimal.valueOf(KIB);
            case "Mi": return BigDecimal.valueOf(MIB);
            case "Gi": return BigDecimal.valueOf(GIB);
            case "Ti": return BigDecimal.valueOf(TIB);
            case "Pi": return BigDecimal.valueOf(PIB);
            case "Ei": return BigDecimal.valueOf(EIB);
            case "n": return BigDecimal.ONE.scaleByPowerOfTen(-9);
            case "u": return BigDecimal.ONE.scaleByPowerOfTen(-6);
            case "m": return BigDecimal.ONE.scaleByPowerOfTen(-3);
            case "k": return BigDecimal.ONE.scaleByPowerOfTen(3);
            case "M": return BigDecimal.ONE.scaleByPowerOfTen(6);
            case "G": return BigDecimal.ONE.scaleByPowerOfTen(9);
            case "T": return BigDecimal.ONE.scaleByPowerOfTen(12);
            case "P": return BigDecimal.ONE.scaleByPowerOfTen(15);
            case "E": return BigDecimal.ONE.scaleByPowerOfTen(18);
            default:
                if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
                    try {
                        int exp = Integer.parseInt(suffix.substring(1).replace("+", ""));
                        if (Math.abs(exp) > 1000) {
                            throw new IllegalArgumentException("quantity '" + text + "' has an exponent out of range");
                        }
                        return BigDecimal.ONE.scaleByPowerOfTen(exp);
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw new IllegalArgumentException("quantity '" + text + "' has an unknown suffix '" + suffix
                        + "' (expected Ki Mi Gi Ti Pi Ei, n u m k M G T P E, or an exponent like e3)");
        }
    }

    /**
     * A size as a person writes one in a rule file: bytes ({@code 8589934592}), a Kubernetes
     * quantity ({@code 8Gi}, {@code 100M}) or a number with a unit and a B in any case
     * ({@code 8 GiB}, {@code 100 MB}, {@code 512kb}: binary with an i, decimal without).
     *
     * @throws IllegalArgumentException when it is none of them
     * @throws ArithmeticException      when it is not a whole number of bytes within 64 bits
     */
    public static long writtenSize(String text) {
        String s = text.strip();
        Matcher m = SIZE_WITH_B.matcher(s);
        String q = m.matches() ? m.group(1) + (m.group(2) == null ? "" : quantitySuffix(m.group(2))) : s.replace(" ", "");
        return quantity(q).value().longValueExact();
    }

    /** The Kubernetes suffix of a unit written before a {@code B}: {@code GiB} → {@code Gi}, {@code kB} → {@code k}. */
    private static String quantitySuffix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        String first = p.charAt(0) == 'k' ? "k" : p.substring(0, 1).toUpperCase(Locale.ROOT);
        return p.endsWith("i") ? first.toUpperCase(Locale.ROOT) + "i" : first;
    }

    // ---- writing ----

    /**
     * Bytes the way Kubernetes writes binary quantities and {@code hugepages-<size>} names:
     * {@code 2147483648} → {@code 2Gi}, {@code 65536} → {@code 64Ki}, {@code 0} → {@code 0}; not a
     * whole binary multiple → plain bytes.
     */
    public static String binaryQuantity(BigDecimal bytes) {
        if (bytes.signum() == 0) {
            return "0";
        }
        String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        BigDecimal k = BigDecimal.valueOf(KIB);
        BigDecimal v = bytes.stripTrailingZeros();
        int u = 0;
        while (u < units.length - 1 && v.remainder(k).signum() == 0 && v.compareTo(k) >= 0) {
            v = v.divide(k);
            u++;
        }
        return v.toPlainString() + units[u];
    }

    /** {@link #binaryQuantity(BigDecimal)} of a whole number of bytes. */
    public static String binaryQuantity(long bytes) {
        return binaryQuantity(BigDecimal.valueOf(bytes));
    }

    /**
     * A computed quantity written in the unit of the quantity it came from: {@code like} in
     * {@code Ki}/{@code Mi}/{@code Gi} → whole KiB ({@code 1197632Ki}); CPU values (or
     * {@code like} in millicores) → millicores ({@code 850m}); else the plain number.
     */
    public static Quantity quantityLike(BigDecimal value, String like) {
        return new Quantity(value, quantityLikeText(value, like));
    }

    private static String quantityLikeText(BigDecimal value, String like) {
        if (like.endsWith("i") && value.remainder(BigDecimal.valueOf(KIB)).signum() == 0) {
            return value.divide(BigDecimal.valueOf(KIB)).toBigInteger() + "Ki";
        }
        if (value.scale() > 0 || like.endsWith("m")) {
            BigDecimal milli = value.movePointRight(3);
            if (milli.stripTrailingZeros().scale() <= 0) {
                return milli.toBigInteger() + "m";
            }
        }
        return value.toPlainString();
    }

    /** Bytes as kubectl top prints memory: whole mebibytes, rounded down ({@code 2452Mi}). */
    public static String wholeMebibytes(BigDecimal bytes) {
        return bytes.divideToIntegralValue(BigDecimal.valueOf(MIB)).longValue() + "Mi";
    }

    /** Bytes for a reader of a finding: {@code 1610612736} → {@code 1.5 GiB}; under 1 KiB, {@code 512 B}. */
    public static String readable(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= KIB && u < units.length - 1) {
            v /= KIB;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    // ---- number scanning ----

    /** End of the leading run of digits and points ({@link #scaled} refuses {@code 1.2.3} and {@code .}). */
    private static int decimalEnd(String s) {
        int i = 0;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** End of a leading {@code digits[.digits]}, or 0 when the text does not start with one. */
    private static int strictDecimalEnd(String s) {
        int i = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int signedDecimalEnd(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static boolean hasDigit(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches: etcdctl's sizes were read with a pattern allowing it between number and unit. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
