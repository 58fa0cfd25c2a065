package dev.mga.core.spi;

import dev.mga.core.model.CaptureModel;
import java.util.List;

/**
 * A named set of facts CEL rules can run over ({@code subject:} in the rule YAML), e.g.
 * {@code slab.listing}: every call-site listing of the input. Each item is a {@link #type()}
 * record, which CEL sees as its JSON view (the fields {@code mga parse} prints); rules are type
 * checked against that view when they load, so a field the record does not have is refused.
 * A family lists its subjects in {@link ArtifactFamily#subjects()}.
 */
public interface FactSubject {

    String name();

    /** What one item is, for the rule docs. */
    String description();

    /** The class of every item: the record whose fields rules read as {@code it.field}. */
    Class<?> type();

    List<?> items(CaptureModel model);
}
