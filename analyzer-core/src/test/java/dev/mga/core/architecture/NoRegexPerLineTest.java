package dev.mga.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.spi.ArtifactParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * No regular expression is compiled per line or per file: {@code Pattern.compile}, {@code
 * Pattern.matches}, {@code String.matches}, {@code String.replaceAll}/{@code replaceFirst} and a
 * {@code String.split} whose separator is not one of the JDK's literal fast paths (one plain
 * character, or a backslash and one punctuation character) compile a pattern each time they run.
 * On a parser's or a sniffer's path that is once per line or per file: the regex compiler was most
 * of the profile of many small captures (issue 13). Read from the compiled classes, so a lambda or
 * a helper called per line counts as well; a static initialiser compiles once and is allowed.
 *
 * <p>{@link #ONCE} lists the methods that compile a pattern once per input, rule or report, each
 * with the reason; {@link #PENDING} the methods still to fix, each with who is changing that code
 * now (a ratchet: an entry that no longer compiles a pattern fails too, so that it is removed);
 * anything else fails with its class, method and line.
 */
class NoRegexPerLineTest {

    /** Methods (class#method) that run once per analysis, rule or report, not per line or file. */
    private static final Map<String, String> ONCE = Map.of(
            "dev.mga.core.detect.PathPattern#compile", "once per path glob, when the type registry is built",
            "dev.mga.core.spi.ParserOption#<init>", "once per declared option: checks the declared value format",
            "dev.mga.core.spi.ParserOption#accepts", "once per option the user passes, before anything is read",
            "dev.mga.core.rules.RuleDocs#rule", "once per rule documentation page (mga rules RULE)");

    /**
     * Still compiling per line or per file, each with who is changing that code now. Empty: the
     * toolkit's Words and ColumnTable replaced the last ones.
     */
    private static final Map<String, String> PENDING = Map.of();

    private static final String STRING = "java/lang/String";
    private static final String PATTERN = "java/util/regex/Pattern";

    @Test
    void noPatternCompiledOutsideStaticInitialisers() throws IOException, URISyntaxException {
        List<String> all = new ArrayList<>();
        for (Path c : classFiles()) {
            try (InputStream in = Files.newInputStream(c)) {
                new ClassReader(in).accept(new Finder(all), 0);
            }
        }
        List<String> found = all.stream().filter(f -> !PENDING.containsKey(method(f))).toList();
        Set<String> stillPending = all.stream().map(NoRegexPerLineTest::method).collect(Collectors.toSet());
        assertThat(PENDING.keySet()).as("fixed: remove from PENDING").allMatch(stillPending::contains);
        assertThat(found).as("regular expressions compiled outside a static initialiser (hoist them into a"
                + " static final Pattern, or scan the characters); class#method:line").isEmpty();
    }

    @Test
    void theCheckSeesWhatItLooksFor() {
        // a separator of one plain character is the JDK's fast path; "\\s+" compiles a pattern
        assertThat(compilesPattern(",")).isFalse();
        assertThat(compilesPattern("\\|")).isFalse();
        assertThat(compilesPattern("/")).isFalse();
        assertThat(compilesPattern("\\s+")).isTrue();
        assertThat(compilesPattern(", ")).isTrue();
        assertThat(compilesPattern(".")).isTrue();
        assertThat(compilesPattern(null)).isTrue();
        List<String> found = new ArrayList<>();
        try (InputStream in = Sample.class.getResourceAsStream("NoRegexPerLineTest$Sample.class")) {
            new ClassReader(in).accept(new Finder(found), 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(found).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactly(
                Sample.class.getName() + "#perLine " + STRING + ".split",
                Sample.class.getName() + "#perLine " + STRING + ".matches",
                Sample.class.getName() + "#perLine " + PATTERN + ".compile",
                Sample.class.getName() + "#lambda$sniffer$0 " + STRING + ".replaceAll");
    }

    /** What the finder must report, and what it must let pass. */
    @SuppressWarnings("unused")
    private static final class Sample {
        private static final java.util.regex.Pattern ONCE = java.util.regex.Pattern.compile("a+");

        int perLine(String line) {
            int n = line.split(",").length + line.split("\\|", 3).length; // fast paths: fine
            n += line.split("\\s+").length;
            n += line.matches("\\d+") ? 1 : 0;
            n += java.util.regex.Pattern.compile("x").matcher(line).find() ? 1 : 0;
            return n + (ONCE.matcher(line).matches() ? 1 : 0);
        }

        java.util.function.Predicate<String> sniffer() {
            return s -> s.replaceAll("a", "b").isEmpty();
        }
    }

    /** {@code class#method} of a finding ({@code class#method owner.name:line}). */
    private static String method(String finding) {
        return finding.substring(0, finding.indexOf(' '));
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        Path root = Path.of(ArtifactParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve("dev/mga/core"))) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** Whether {@code String.split(separator)} compiles a pattern (java.lang.String's fast path, JDK 17). */
    static boolean compilesPattern(String separator) {
        if (separator == null) {
            return true; // not a constant: cannot tell, so it counts
        }
        if (separator.length() == 1) {
            return ".$|()[{^?*+\\".indexOf(separator.charAt(0)) >= 0 || Character.isSurrogate(separator.charAt(0));
        }
        if (separator.length() == 2 && separator.charAt(0) == '\\') {
            char c = separator.charAt(1);
            return Character.isLetterOrDigit(c) && c < 128 || Character.isSurrogate(c);
        }
        return true;
    }

    private static final class Finder extends ClassVisitor {
        private final List<String> found;
        private String owner;

        Finder(List<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (name.equals("<clinit>") || ONCE.containsKey(owner + "#" + name)) {
                return null;
            }
            String where = owner + "#" + name;
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;
                // the constants pushed just before a call: split's separator is the last string pushed
                private Object last;
                private Object beforeLast;

                @Override
                public void visitLineNumber(int l, Label start) {
                    line = l;
                }

                @Override
                public void visitLdcInsn(Object value) {
                    push(value);
                }

                @Override
                public void visitInsn(int opcode) {
                    push(opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? (Object) (opcode - Opcodes.ICONST_0) : null);
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    push(operand);
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    push(null);
                }

                @Override
                public void visitFieldInsn(int opcode, String o, String n, String d) {
                    push(null);
                }

                @Override
                public void visitMethodInsn(int opcode, String o, String n, String d, boolean itf) {
                    if (o.equals(STRING) && (n.equals("matches") || n.equals("replaceAll") || n.equals("replaceFirst"))
                            || o.equals(PATTERN) && (n.equals("compile") || n.equals("matches"))) {
                        report(o, n);
                    } else if (o.equals(STRING) && n.equals("split")) {
                        Object separator = d.equals("(Ljava/lang/String;)[Ljava/lang/String;") ? last : beforeLast;
                        if (compilesPattern(separator instanceof String s ? s : null)) {
                            report(o, n);
                        }
                    }
                    push(null);
                }

                private void report(String o, String n) {
                    found.add(where + " " + o + "." + n + ":" + line);
                }

                private void push(Object value) {
                    beforeLast = last;
                    last = value;
                }
            };
        }
    }
}
