package dev.mga.core.capture;

import dev.mga.core.model.CaptureTime;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sosreport's {@code sos_commands/date/date} or {@code date_--utc}: what {@code date} printed
 * when the report was made, in the C locale ({@code Mon Nov 30 12:28:02 UTC 2026}), or with a
 * 12-hour clock ({@code 12:28:02 PM}) in some others. Only zones whose offset the line gives
 * (UTC, GMT) become a {@link CaptureTime}; {@code date_--utc} always does.
 */
final class SosDateParser implements ArtifactParser {

    static final Pattern DATE = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\\d{1,2}) "
                    + "(\\d{1,2}):(\\d{2}):(\\d{2})(?: (AM|PM))? ([A-Za-z][A-Za-z0-9+-]{0,9}) (\\d{4})");

    static final int MAX_LINES = 10;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line;
        int seen = 0;
        while ((line = lines.nextContent()) != null && seen < MAX_LINES) {
            if (line.isBlank()) {
                continue;
            }
            seen++;
            Matcher m = DATE.matcher(line.strip());
            if (!m.matches()) {
                context.diagnostic(lines.lineNumber(), "not what date prints (expected e.g. 'Mon Nov 30 12:28:02 UTC 2026')");
                continue;
            }
            String zone = m.group(7);
            if (!zone.equals("UTC") && !zone.equals("GMT") && !zone.equals("Z")) {
                context.diagnostic(lines.lineNumber(), "time zone " + zone + " does not say its offset; "
                        + "the capture time is taken from date_--utc when the report has it");
                continue;
            }
            OffsetDateTime at = time(m);
            if (at == null) {
                context.diagnostic(lines.lineNumber(), "not a real date: " + line.strip());
                continue;
            }
            context.emit(new CaptureTime(at.toString(), "sosreport date", input.location(lines.lineNumber()), line));
        }
    }

    private static OffsetDateTime time(Matcher m) {
        try {
            Month month = Month.valueOf(switch (m.group(1)) {
                case "Jan" -> "JANUARY";
                case "Feb" -> "FEBRUARY";
                case "Mar" -> "MARCH";
                case "Apr" -> "APRIL";
                case "May" -> "MAY";
                case "Jun" -> "JUNE";
                case "Jul" -> "JULY";
                case "Aug" -> "AUGUST";
                case "Sep" -> "SEPTEMBER";
                case "Oct" -> "OCTOBER";
                case "Nov" -> "NOVEMBER";
                default -> "DECEMBER";
            });
            int hour = Integer.parseInt(m.group(3));
            if (m.group(6) != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (m.group(6).toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(8)), month, Integer.parseInt(m.group(2)), hour,
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return OffsetDateTime.of(local, ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
