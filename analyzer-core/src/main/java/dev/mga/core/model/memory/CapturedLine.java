package dev.mga.core.model.memory;

import dev.mga.core.model.Located;

/** A record that stands for one captured line: where it is and the line itself, citable as evidence. */
public interface CapturedLine extends Located {

    /** The line as captured. */
    String excerpt();
}
