package dev.mga.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Sizes on the command line: {@code 1048576}, {@code 512MiB}, {@code 64GiB}, {@code 2G} (binary units). */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
        long mult = 1;
        if (!v.isEmpty()) {
            char unit = v.charAt(v.length() - 1);
            int shift = switch (unit) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                case 'T' -> 40;
                default -> 0;
            };
            if (shift > 0) {
                mult = 1L << shift;
                v = v.substring(0, v.length() - 1);
            }
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be positive");
            }
            return Math.multiplyExact(n, mult);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 512MiB, 64GiB, 1048576)");
        }
    }
}
