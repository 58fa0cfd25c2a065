package dev.mga.core.spi;

import dev.mga.core.model.CaptureModel;
import java.util.List;

/**
 * A named set of facts CEL rules can run over ({@code subject:} in the rule YAML), e.g.
 * {@code slab.listing}: every call-site listing of the input. Each item is turned into a CEL map
 * with the same fields as its JSON in {@code mga parse}. Registered in
 * {@code META-INF/services/dev.mga.core.spi.FactSubject}.
 */
public interface FactSubject {

    String name();

    /** What one item is, for the rule docs. */
    String description();

    List<?> items(CaptureModel model);
}
