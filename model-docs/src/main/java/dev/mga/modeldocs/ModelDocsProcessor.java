package dev.mga.modeldocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #RESOURCE}: for every record compiled, its first javadoc sentence
 * ({@code binary.Name=...}), the {@code @param} text of each component
 * ({@code binary.Name#component=...}) and the first sentence of each other public method without
 * parameters ({@code binary.Name#method=...}), each on one line. The rule engine reads it to
 * document the fields CEL rules see; javadoc is the one place those meanings are written.
 */
public final class ModelDocsProcessor extends AbstractProcessor {

    static final String RESOURCE = "META-INF/mga/model-docs.properties";

    private static final Pattern PARAM = Pattern.compile("^@param\\s+(\\S+)\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\{@(code|link|linkplain|literal|value)\\s*([^}]*)}");

    private final Map<String, String> docs = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement t : ElementFilter.typesIn(round.getRootElements())) {
            visit(t);
        }
        if (round.processingOver() && !docs.isEmpty()) {
            write();
        }
        return false;
    }

    private void visit(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            record(type);
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            visit(nested);
        }
    }

    private void record(TypeElement type) {
        String name = processingEnv.getElementUtils().getBinaryName(type).toString();
        String comment = processingEnv.getElementUtils().getDocComment(type);
        Map<String, String> params = new TreeMap<>();
        if (comment != null) {
            put(name, firstSentence(body(comment), type));
            params = params(comment, type);
        }
        for (RecordComponentElement c : type.getRecordComponents()) {
            String component = c.getSimpleName().toString();
            String text = params.get(component);
            if (text == null) {
                text = firstSentence(docOf(c.getAccessor()), type);
            }
            put(name + "#" + component, text);
        }
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String method = m.getSimpleName().toString();
            if (m.getModifiers().contains(Modifier.PUBLIC) && !m.getModifiers().contains(Modifier.STATIC)
                    && m.getParameters().isEmpty() && !docs.containsKey(name + "#" + method)) {
                put(name + "#" + method, firstSentence(docOf(m), type));
            }
        }
    }

    private String docOf(Element e) {
        String c = e == null ? null : processingEnv.getElementUtils().getDocComment(e);
        return c == null ? "" : body(c);
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            docs.put(key, value);
        }
    }

    /** The comment before its first block tag. */
    private static String body(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) {
            if (line.strip().startsWith("@")) {
                break;
            }
            sb.append(line.strip()).append(' ');
        }
        return sb.toString().strip();
    }

    private Map<String, String> params(String comment, TypeElement type) {
        Map<String, String> out = new TreeMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String raw : comment.split("\n")) {
            String line = raw.strip();
            Matcher m = PARAM.matcher(line);
            if (line.startsWith("@")) {
                if (current != null) {
                    out.put(current, inline(text.toString(), type));
                }
                current = m.matches() ? m.group(1) : null;
                text.setLength(0);
                if (current != null) {
                    text.append(m.group(2));
                }
            } else if (current != null) {
                text.append(' ').append(line);
            }
        }
        if (current != null) {
            out.put(current, inline(text.toString(), type));
        }
        return out;
    }

    private String firstSentence(String text, TypeElement type) {
        String t = inline(text, type);
        int end = t.indexOf(". ");
        return end < 0 ? t : t.substring(0, end + 1);
    }

    /** {@code {@code x}} → x, {@code {@link A#b}} → A.b, {@code {@value #MAX}} → the constant's value. */
    private String inline(String text, TypeElement type) {
        Matcher m = INLINE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String arg = m.group(2).strip();
            String shown;
            if (m.group(1).equals("value")) {
                shown = constant(type, arg.startsWith("#") ? arg.substring(1) : arg);
            } else if (m.group(1).startsWith("link")) {
                String target = arg.contains(" ") ? arg.substring(arg.indexOf(' ') + 1) : arg;
                shown = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
            } else {
                shown = arg;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String constant(TypeElement type, String field) {
        List<VariableElement> fields = ElementFilter.fieldsIn(type.getEnclosedElements());
        for (VariableElement f : fields) {
            if (f.getSimpleName().contentEquals(field) && f.getConstantValue() != null) {
                return String.valueOf(f.getConstantValue());
            }
        }
        return field;
    }

    private void write() {
        try {
            FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
            try (Writer w = new java.io.OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
                w.write("# Generated by " + ModelDocsProcessor.class.getName() + " from the records' javadoc (UTF-8).\n");
                for (Map.Entry<String, String> e : docs.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\") + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
