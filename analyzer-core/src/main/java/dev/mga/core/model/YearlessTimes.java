package dev.mga.core.model;

/**
 * A record holding times printed without a year ({@code klog} headers say {@code MMDD hh:mm:ss}).
 * When the input says when it was captured ({@link CaptureTime}), the model completes them:
 * {@link CaptureModel} replaces the record by {@link #withYears(Years)}.
 */
public interface YearlessTimes {

    /** This record with every year-less time completed by {@code years}; itself when there is none. */
    Object withYears(Years years);
}
