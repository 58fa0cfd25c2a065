package dev.mga.core.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mga.shaded.protobuf.NullValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * Turns model records into the plain maps and lists CEL evaluates: the same fields as the
 * record's JSON (what {@code mga parse} prints), integers as {@code long} (CEL's {@code int}),
 * decimals as {@code double}, a null as CEL's {@code null}. {@link FactTypes} declares the same
 * view to the CEL type checker, from the same mapper.
 */
final class Facts {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** Read-only once built, and thread-safe: shared by every rule and thread. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Facts() {
    }

    static Map<String, Object> of(Object record) {
        Map<String, Object> m = MAPPER.convertValue(record, MAP);
        normalise(m);
        return m;
    }

    /** Parameter values as CEL wants them: durations as CEL durations, lists and maps kept. */
    static Object celValue(Object v) {
        if (v instanceof Duration d) {
            return dev.mga.shaded.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Facts::celValue).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), celValue(val)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Object normalise(Object v) {
        if (v == null) {
            return NullValue.NULL_VALUE;
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof BigInteger i) {
            return i.bitLength() < 64 ? (Object) i.longValue() : (Object) i.doubleValue();
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                e.setValue(normalise(e.getValue()));
            }
        } else if (v instanceof List<?> l) {
            for (ListIterator<Object> it = ((List<Object>) l).listIterator(); it.hasNext(); ) {
                it.set(normalise(it.next()));
            }
        }
        return v;
    }
}
