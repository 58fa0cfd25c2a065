package dev.mga.fleet;

import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.InputSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether an input was read whole, in part, or not at all, and why. */
record Completeness(InputStatus status, String reason) {

    static Completeness of(InputSummary s, List<Diagnostic> diagnostics) {
        Optional<Diagnostic> broken = diagnostics.stream().filter(Completeness::cutShort).findFirst();
        if (!s.readable()) {
            return new Completeness(InputStatus.NOTHING_RECOGNISED,
                    broken.map(d -> "unreadable: " + d.message()).orElse("unreadable"));
        }
        if (s.parsed() == 0) {
            String why = s.entries() == 0 ? "empty: no file entry"
                    : "none of its " + s.entries() + " entries is a type mga recognises";
            return new Completeness(InputStatus.NOTHING_RECOGNISED, broken.map(d -> why + "; " + FleetInput.describe(d)).orElse(why));
        }
        if (broken.isPresent()) {
            return new Completeness(InputStatus.PARTIAL, FleetInput.describe(broken.get()));
        }
        if (s.failed() > 0) {
            return new Completeness(InputStatus.PARTIAL, s.failed() + " recognised entries could not be parsed");
        }
        return new Completeness(InputStatus.COMPLETE, "");
    }

    /** A diagnostic that means reading stopped early: a limit, a truncated or corrupt container, an unreadable file. */
    private static boolean cutShort(Diagnostic d) {
        String m = d.message().toLowerCase(Locale.ROOT);
        return m.contains("limit") || m.contains("truncated") || m.contains("corrupt") || m.startsWith("cannot read")
                || m.startsWith("cannot open") || m.contains("compression ratio");
    }
}
