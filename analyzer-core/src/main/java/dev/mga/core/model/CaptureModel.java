package dev.mga.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The typed model of one input: every record the parsers produced, in reading order,
 * queryable by type (a class or an interface), e.g. all {@code SlabCallSiteListing}s of every
 * cache of every node.
 */
public final class CaptureModel {

    private final String input;
    private final List<Object> items;
    private final QueryListener listener;

    private CaptureModel(String input, List<Object> items) {
        this(input, Collections.unmodifiableList(items), null);
    }

    private CaptureModel(String input, List<Object> items, QueryListener listener) {
        this.input = input;
        this.items = items;
        this.listener = listener;
    }

    /** Told of every query made through a {@linkplain #watched watched} view. */
    @FunctionalInterface
    public interface QueryListener {
        void queried(Class<?> type, int found);
    }

    /**
     * A view of the same records that tells {@code listener} every type asked for and how many
     * records it gave: the rule engine learns from it what each rule actually read.
     */
    public CaptureModel watched(QueryListener listener) {
        return new CaptureModel(input, items, java.util.Objects.requireNonNull(listener));
    }

    /** The input this model was read from, as the user named it. */
    public String input() {
        return input;
    }

    /** All items that are instances of {@code type}, in reading order. */
    public <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object item : items) {
            if (type.isInstance(item)) {
                out.add(type.cast(item));
            }
        }
        if (listener != null) {
            listener.queried(type, out.size());
        }
        return out;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public static Builder builder(String input) {
        return new Builder(input);
    }

    /** Collects items while one input is read; not thread-safe, used by one reader. */
    public static final class Builder {
        private final String input;
        private final List<Object> items = new ArrayList<>();

        private Builder(String input) {
            this.input = input;
        }

        public void add(Object item) {
            items.add(item);
        }

        /**
         * The model. When the input says when it was captured (the latest {@link CaptureTime}),
         * records with year-less times get them completed.
         */
        public CaptureModel build() {
            CaptureTime latest = null;
            for (Object o : items) {
                if (o instanceof CaptureTime t && (latest == null || t.at().isAfter(latest.at()))) {
                    latest = t;
                }
            }
            if (latest == null) {
                return new CaptureModel(input, new ArrayList<>(items));
            }
            Years years = new Years(latest.at().toLocalDate());
            List<Object> completed = new ArrayList<>(items.size());
            for (Object o : items) {
                completed.add(o instanceof YearlessTimes y ? y.withYears(years) : o);
            }
            return new CaptureModel(input, completed);
        }
    }
}
