package dev.mga.core.model.kernel;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * What was read of one kernel log: how many kernel messages, the time span they cover (as printed), and how many
 * OOM kills they hold. It says what an absence of findings covers: a ring buffer that wrapped holds only its last
 * hours.
 *
 * @param host           node or host, or ""
 * @param messages       kernel messages read (continuation lines not counted)
 * @param firstTime      the first message's time as printed, or ""
 * @param lastTime       the last message's time as printed, or ""
 * @param oomKills       OOM kills found
 * @param location       the entry
 */
public record KernelLog(String host, long messages, String firstTime, String lastTime, long oomKills, Location location)
        implements Located {
}
