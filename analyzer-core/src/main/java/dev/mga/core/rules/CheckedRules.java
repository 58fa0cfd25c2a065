package dev.mga.core.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.expr.CheckedExpr;
import dev.mga.core.spi.FactSubject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The built-in CEL rules type-checked at build time: for each rule, its expressions' checked
 * syntax trees (cel-java's {@code CheckedExpr} protobuf), written into the analyzer's jar by
 * {@link #main} when the build runs, so that a run only plans the programs instead of parsing
 * and checking them (the first parse and check of a run cost about as much as the rest of a small
 * analysis).
 *
 * <p>Each rule's entry is keyed by a digest of everything its check depends on: every expression
 * with its place in the rule, the parameters' names and types, the subject's name and the CEL
 * declarations of its records ({@link FactTypes}), the functions mga declares to CEL and the
 * cel-java version. An entry whose digest differs from the one computed at run time (a rule file,
 * a model record or cel-java changed since the build) is not used: the rule is compiled from its
 * text as before. Rule files the user adds are always compiled from their text.
 */
public final class CheckedRules {

    /** The folder of the entries on the class path, one {@code <rule id>.checked} file per rule. */
    static final String FOLDER = "dev/mga/core/rules/checked/";
    private static final String FORMAT = "mga checked CEL 1";
    private static final String UNKNOWN = "unknown";

    private CheckedRules() {
    }

    /**
     * The checked syntax trees of a built-in rule by expression text, or null when there is no
     * entry or its digest is not the one this rule, subject and environment give now.
     */
    static Map<String, CelAbstractSyntaxTree> load(RuleDefinition rule, FactSubject subject, FactTypes types) {
        String digest = digest(rule, subject, types);
        if (digest == null) {
            return null;
        }
        // Class.getResourceAsStream: on the module path the folder is a package of this module, which a class loader would not open
        try (InputStream in = CheckedRules.class.getResourceAsStream("/" + FOLDER + rule.id() + ".checked")) {
            if (in == null) {
                return null;
            }
            return read(in.readAllBytes(), digest);
        } catch (IOException | RuntimeException e) {
            // a damaged entry costs only the compile it was to spare
            return null;
        }
    }

    static Map<String, CelAbstractSyntaxTree> read(byte[] bytes, String digest) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!FORMAT.equals(in.readUTF()) || !digest.equals(in.readUTF())) {
            return null;
        }
        int n = in.readInt();
        Map<String, CelAbstractSyntaxTree> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String expression = in.readUTF();
            byte[] checked = new byte[in.readInt()];
            in.readFully(checked);
            out.put(expression, CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(checked)).getAst());
        }
        return out;
    }

    /** One rule's entry: the digest, then each expression with its checked tree. */
    static byte[] write(String digest, Map<String, CelAbstractSyntaxTree> checked) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(digest);
            out.writeInt(checked.size());
            for (Map.Entry<String, CelAbstractSyntaxTree> e : new TreeMap<>(checked).entrySet()) {
                byte[] b = CelProtoAbstractSyntaxTree.fromCelAst(e.getValue()).toCheckedExpr().toByteArray();
                out.writeUTF(e.getKey());
                out.writeInt(b.length);
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The digest of what checking the rule's expressions depends on; null when the cel-java
     * version cannot be told (then nothing precompiled is trusted).
     */
    static String digest(RuleDefinition rule, FactSubject subject, FactTypes types) {
        String cel = celVersion();
        if (UNKNOWN.equals(cel)) {
            return null;
        }
        StringBuilder s = new StringBuilder(FORMAT).append('\n');
        s.append("cel-java ").append(cel).append('\n');
        s.append("functions ").append(CelFunctions.DECLARED).append('\n');
        s.append("subject ").append(subject.name()).append(' ').append(subject.type().getName()).append('\n');
        s.append("it ").append(describe(types.root())).append('\n');
        for (FactTypes.Struct st : types.structs()) {
            s.append("struct ").append(st.name()).append('\n');
            for (FactTypes.Field f : st.fields()) {
                s.append("  ").append(f.name()).append(": ").append(describe(f.type())).append('\n');
            }
        }
        new TreeMap<>(rule.params()).forEach((name, p) ->
                s.append("param ").append(name).append(": ").append(describe(RuleCompiler.celType(p.type()))).append('\n'));
        expressions(rule).forEach((part, expression) -> s.append(part).append(" = ").append(expression).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every expression of a CEL rule by its place in the rule file, in a fixed order. */
    static Map<String, String> expressions(RuleDefinition rule) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("condition", rule.condition());
        List<String> summary = Template.expressions(rule.summary());
        for (int i = 0; i < summary.size(); i++) {
            out.put("summary." + i, summary.get(i));
        }
        if (rule.evidence() != null) {
            out.put("evidence", rule.evidence());
        }
        new TreeMap<>(rule.escalate()).forEach((severity, e) -> out.put("escalate." + severity.id(), e));
        rule.findingShape().subject().forEach((k, e) -> out.put("finding.subject." + k, e));
        rule.findingShape().figures().forEach((k, e) -> out.put("finding.figures." + k, e));
        return out;
    }

    /** A CEL type as text, structs by name (their fields are described once, with the struct). */
    static String describe(CelType t) {
        if (t == null) {
            return "?";
        }
        if (t instanceof ListType l) {
            return "list(" + describe(l.elemType()) + ")";
        }
        if (t instanceof MapType m) {
            return "map(" + describe(m.keyType()) + ", " + describe(m.valueType()) + ")";
        }
        return t.kind() + " " + t.name();
    }

    /** The cel-java version mga-cel was made from (its {@code META-INF/mga-cel.properties}). */
    static String celVersion() {
        try (InputStream in = CelProtoAbstractSyntaxTree.class.getResourceAsStream("/META-INF/mga-cel.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("cel.version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The index of the built-in rule files' YAML trees, by the digest of each file's bytes ({@link RuleFileReader#readBuiltIn}). */
    private static void writeTrees(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        RuleFileReader reader = new RuleFileReader();
        Map<String, Object> trees = new TreeMap<>();
        for (byte[] bytes : RulePack.builtInFiles().values()) {
            Object tree = reader.treeFor(bytes, json);
            if (tree != null) {
                trees.put(RuleFileReader.digest(bytes), tree);
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("parser", RuleFileReader.yamlParser());
        index.put("trees", trees);
        json.writeValue(file.toFile(), index);
    }

    /**
     * Writes the entries of every CEL rule of the built-in pack, and the index of the built-in rule
     * files' YAML trees ({@link RuleFileReader#readBuiltIn}), into a folder (the build runs this
     * into the analyzer's classes, after compiling them).
     *
     * @param args the class output folder
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        writeTrees(dir.resolve(Path.of(RuleFileReader.TREES).getFileName()));
        RulePack pack = RulePack.builtInCompiled();
        FactSubjects subjects = FactSubjects.discover();
        CelEnvironment cel = new CelEnvironment();
        for (RuleDefinition rule : pack.definitions()) {
            if (rule.isJava()) {
                continue;
            }
            FactSubject subject = subjects.get(rule.subject()).orElseThrow();
            FactTypes types = cel.types(subject);
            String digest = digest(rule, subject, types);
            if (digest == null) {
                throw new IllegalStateException("META-INF/mga-cel.properties (the cel-java version) is not on the class path");
            }
            RuleCompiler compiler = cel.compiler(rule, subject, false);
            Map<String, CelAbstractSyntaxTree> checked = new HashMap<>();
            for (Map.Entry<String, String> e : expressions(rule).entrySet()) {
                checked.put(e.getValue(), compiler.check(e.getKey(), e.getValue()));
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(rule.id() + ".checked"))) {
                out.write(write(digest, checked));
            }
        }
    }
}
