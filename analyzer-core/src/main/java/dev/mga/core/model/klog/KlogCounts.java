package dev.mga.core.model.klog;

/**
 * Lines and entries of a log, per severity.
 *
 * @param lines        lines read
 * @param entries      klog entries (a multi-line entry counts once; header-less entries have no severity)
 * @param infos        INFO entries
 * @param warnings     WARNING entries
 * @param errors       ERROR entries
 * @param fatals       FATAL entries
 * @param notKlogLines lines before the first entry that were not klog (all lines of a log that has none)
 */
public record KlogCounts(long lines, long entries, long infos, long warnings, long errors, long fatals, long notKlogLines) {
}
