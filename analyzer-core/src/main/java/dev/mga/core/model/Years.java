package dev.mga.core.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a year to the times a log printed without one, from the date the capture was taken: a
 * line cannot be later than its capture, so a month and day after the capture's belong to the
 * year before (a log of 30 December read in a capture of 2 January).
 */
public final class Years {

    /** {@code MM-dd hh:mm:ss…}, the form parsers keep a year-less klog header time in. */
    private static final Pattern YEARLESS = Pattern.compile("(\\d\\d)-(\\d\\d) (\\d\\d:\\d\\d:\\d\\d.*)");

    private final LocalDate captured;

    public Years(LocalDate captured) {
        this.captured = captured;
    }

    /** The time with its year ({@code yyyy-MM-ddThh:mm:ss…}); any other text unchanged. */
    public String complete(String time) {
        Matcher m = YEARLESS.matcher(time);
        if (!m.matches()) {
            return time;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = captured.getYear();
        if (month > captured.getMonthValue() || (month == captured.getMonthValue() && day > captured.getDayOfMonth())) {
            year--;
        }
        return String.format(java.util.Locale.ROOT, "%04d-%s-%sT%s", year, m.group(1), m.group(2), m.group(3));
    }
}
