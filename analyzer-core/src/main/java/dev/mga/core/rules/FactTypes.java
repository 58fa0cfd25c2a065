package dev.mga.core.rules;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.mga.shaded.guava.collect.ImmutableSet;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL declarations of a subject's items: one struct type per record reachable from the item
 * class, with the fields of the record's JSON view as {@link Facts} builds it (so derived values
 * such as {@code topCaller} are fields, {@code @JsonIgnore}d accessors are not, enums are
 * strings, quantities' decimals are doubles). Field types follow the Java types: whole numbers
 * {@code int}, decimals {@code double}, lists {@code list(T)}, maps {@code map(string, T)},
 * records their struct; an interface or {@code Object} is {@code dyn}.
 */
final class FactTypes {

    /** The prefix taken off model class names: {@code dev.mga.core.model.slab.X} is {@code slab.X}. */
    private static final String MODEL = "dev.mga.core.model.";

    /**
     * One field of a struct.
     *
     * @param name   the JSON (and CEL) name
     * @param type   its CEL type
     * @param owner  the class that declares the accessor, for its documentation
     * @param member the accessor's name (the record component, or a derived method)
     */
    record Field(String name, CelType type, Class<?> owner, String member) {
    }

    /** A struct type: its CEL name, the record it declares, and its fields in JSON order. */
    record Struct(String name, Class<?> javaType, List<Field> fields) {

        List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }
    }

    private final CelType root;
    private final Map<String, Struct> structs;
    private final Map<String, StructType> celTypes;

    private FactTypes(CelType root, Map<String, Struct> structs, Map<String, StructType> celTypes) {
        this.root = root;
        this.structs = structs;
        this.celTypes = celTypes;
    }

    /** Declares the item class and every record it reaches; fails on a type CEL could not read. */
    static FactTypes of(Class<?> itemType) {
        Builder b = new Builder();
        CelType root = b.typeOf(Facts.MAPPER.constructType(itemType));
        b.drain();
        // field types name other structs by placeholders; the resolvers run only after all are declared
        Map<String, StructType> cel = new LinkedHashMap<>();
        Map<String, Map<String, CelType>> fieldTypes = new HashMap<>();
        for (Struct s : b.structs.values()) {
            ImmutableSet<String> names = ImmutableSet.copyOf(s.fieldNames());
            cel.put(s.name(), StructType.create(s.name(), names, f -> Optional.ofNullable(fieldTypes.get(s.name()).get(f))));
        }
        for (Struct s : b.structs.values()) {
            Map<String, CelType> types = new HashMap<>();
            s.fields().forEach(f -> types.put(f.name(), resolve(f.type(), cel)));
            fieldTypes.put(s.name(), types);
        }
        return new FactTypes(resolve(root, cel), b.structs, cel);
    }

    /** Replaces placeholder struct types (no fields yet) by the declared ones, inside lists and maps too. */
    private static CelType resolve(CelType t, Map<String, StructType> cel) {
        if (t == null) {
            return null;
        }
        if (t instanceof StructType s) {
            return cel.getOrDefault(s.name(), s);
        }
        if (t instanceof ListType l) {
            return ListType.create(resolve(l.elemType(), cel));
        }
        if (t instanceof MapType m) {
            return MapType.create(resolve(m.keyType(), cel), resolve(m.valueType(), cel));
        }
        return t;
    }

    /** The type of {@code it}. */
    CelType root() {
        return root;
    }

    /** The struct types, the item's first, then in the order they are reached. */
    Collection<Struct> structs() {
        return structs.values();
    }

    Optional<Struct> struct(String name) {
        return Optional.ofNullable(structs.get(name));
    }

    Collection<StructType> celTypes() {
        return celTypes.values();
    }

    /** {@code dev.mga.core.model.slab.SlabCallSiteListing} → {@code slab.SlabCallSiteListing}. */
    static String celName(Class<?> c) {
        String n = c.getName().replace('$', '.');
        return n.startsWith(MODEL) ? n.substring(MODEL.length()) : n;
    }

    /** Walks the classes breadth first, each once. */
    private static final class Builder {
        private final Map<String, Struct> structs = new LinkedHashMap<>();
        private final Deque<JavaType> pending = new ArrayDeque<>();
        private final Map<String, Class<?>> seen = new LinkedHashMap<>();

        void drain() {
            while (!pending.isEmpty()) {
                JavaType t = pending.removeFirst();
                structs.put(celName(t.getRawClass()), new Struct(celName(t.getRawClass()), t.getRawClass(), fields(t)));
            }
        }

        CelType typeOf(JavaType t) {
            Class<?> c = t.getRawClass();
            if (c == long.class || c == Long.class || c == int.class || c == Integer.class || c == short.class
                    || c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class) {
                return SimpleType.INT;
            }
            if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
                return SimpleType.DOUBLE;
            }
            if (c == boolean.class || c == Boolean.class) {
                return SimpleType.BOOL;
            }
            if (CharSequence.class.isAssignableFrom(c) || c == char.class || c == Character.class || c == byte[].class) {
                return SimpleType.STRING;
            }
            if (t.isArrayType() || t.isCollectionLikeType()) {
                return ListType.create(typeOf(t.getContentType()));
            }
            if (t.isMapLikeType()) {
                return MapType.create(SimpleType.STRING, typeOf(t.getContentType()));
            }
            AnnotatedMember jsonValue = Facts.MAPPER.getSerializationConfig().introspect(t).findJsonValueAccessor();
            if (jsonValue != null) {
                return typeOf(jsonValue.getType());
            }
            if (c.isEnum()) {
                return SimpleType.STRING;
            }
            if (c == Object.class || c.isInterface() || java.lang.reflect.Modifier.isAbstract(c.getModifiers())
                    || c == Optional.class) {
                return SimpleType.DYN;
            }
            String name = celName(c);
            Class<?> before = seen.putIfAbsent(name, c);
            if (before == null) {
                pending.addLast(t);
            } else if (before != c) {
                throw new IllegalStateException("two model classes share the CEL name " + name);
            }
            // a placeholder: the declared struct replaces it once every struct is known
            return StructType.create(name, ImmutableSet.of(), f -> Optional.empty());
        }

        private List<Field> fields(JavaType t) {
            JsonSerializer<Object> ser;
            try {
                ser = Facts.MAPPER.getSerializerProviderInstance().findValueSerializer(t);
            } catch (JsonMappingException e) {
                throw new IllegalStateException("cannot declare " + t.getRawClass().getName() + " to CEL: " + e.getOriginalMessage(), e);
            }
            if (!(ser instanceof BeanSerializerBase bean)) {
                throw new IllegalStateException(t.getRawClass().getName() + " is not written as a JSON object: "
                        + "CEL facts need records (or a @JsonValue)");
            }
            List<Field> out = new ArrayList<>();
            for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
                PropertyWriter p = it.next();
                AnnotatedMember m = p.getMember();
                JavaType type = p instanceof BeanPropertyWriter w ? w.getType() : m.getType();
                out.add(new Field(p.getName(), typeOf(type), m.getDeclaringClass(), m.getName()));
            }
            // a stable order for documents (reflection gives methods in no set order): the record's
            // components as declared, then derived fields by name
            List<String> components = t.getRawClass().isRecord()
                    ? Arrays.stream(t.getRawClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
            out.sort(Comparator.comparing((Field f) -> components.contains(f.member()) ? components.indexOf(f.member()) : components.size())
                    .thenComparing(Field::name));
            return List.copyOf(out);
        }
    }
}
