package dev.mga.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DirectiveTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.OpensTree;
import com.sun.source.tree.ProvidesTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code analyzer-core} shows an embedder, read from its sources with javac's parser: the
 * module exports the facade, the SPI and every model package and nothing else; it provides the
 * families its services file lists; and every type an embedder can see has a javadoc comment.
 */
class ModuleSurfaceTest {

    private static final Path SOURCES = Path.of(System.getProperty("mga.root", "..")).resolve("analyzer-core/src/main/java");

    private static final List<CompilationUnitTree> UNITS = new ArrayList<>();
    private static DocTrees docs;

    @BeforeAll
    static void parse() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        // parse only: no class path, no attribution, so the test does not depend on the build's jars
        JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, fm.getJavaFileObjectsFromPaths(files));
        task.parse().forEach(UNITS::add);
        docs = DocTrees.instance(task);
    }

    private static ModuleTree module() {
        return UNITS.stream().map(CompilationUnitTree::getModule).filter(m -> m != null).findFirst().orElseThrow();
    }

    @Test
    void theModuleExportsTheFacadeTheSpiAndEveryModelPackageOnly() throws IOException {
        Set<String> expected = new TreeSet<>(Set.of("dev.mga.core", "dev.mga.core.spi"));
        for (CompilationUnitTree u : UNITS) {
            if (u.getPackageName() != null && u.getPackageName().toString().startsWith("dev.mga.core.model")) {
                expected.add(u.getPackageName().toString());
            }
        }
        assertThat(expected).contains("dev.mga.core.model", "dev.mga.core.model.slab", "dev.mga.core.model.kernel");
        Set<String> exported = new TreeSet<>();
        for (DirectiveTree d : module().getDirectives()) {
            if (d instanceof ExportsTree e) {
                assertThat(e.getModuleNames()).as("exports " + e.getPackageName() + " to everyone, not to named modules").isNull();
                exported.add(e.getPackageName().toString());
            }
            assertThat(d).as("the core opens nothing (records are read through their accessors)").isNotInstanceOf(OpensTree.class);
        }
        assertThat(exported).isEqualTo(expected);
    }

    @Test
    void theModuleProvidesTheFamiliesOfItsServicesFile() throws IOException {
        Path services = SOURCES.resolveSibling("resources/META-INF/services/dev.mga.core.spi.ArtifactFamily");
        Set<String> listed = new TreeSet<>(Files.readAllLines(services).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> provided = new TreeSet<>();
        for (DirectiveTree d : module().getDirectives()) {
            if (d instanceof ProvidesTree p && p.getServiceName().toString().equals("dev.mga.core.spi.ArtifactFamily")) {
                p.getImplementationNames().forEach(n -> provided.add(n.toString()));
            }
        }
        assertThat(provided).as("module-info provides = META-INF/services (the class path reads the file, the module path the descriptor)")
                .isEqualTo(listed).isNotEmpty();
    }

    @Test
    void theGrammarsModuleExportsEveryGrammarPackageToTheCore() throws IOException {
        Path grammars = SOURCES.getParent().getParent().getParent().resolveSibling("grammars/src/main");
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> s = Files.walk(grammars.resolve("antlr4"))) {
            s.filter(p -> p.toString().endsWith(".g4"))
                    .forEach(p -> packages.add(grammars.resolve("antlr4").relativize(p.getParent()).toString().replace('/', '.')));
        }
        String descriptor = Files.readString(grammars.resolve("java/module-info.java"));
        assertThat(packages).isNotEmpty().allSatisfy(pkg -> assertThat(descriptor)
                .as("grammars/src/main/java/module-info.java exports the generated parsers of " + pkg)
                .contains("exports " + pkg + " to dev.mga.core;"));
    }

    @Test
    void everyExportedTypeHasAJavadocComment() {
        Set<String> exported = new TreeSet<>();
        module().getDirectives().stream().filter(d -> d instanceof ExportsTree)
                .forEach(d -> exported.add(((ExportsTree) d).getPackageName().toString()));
        List<String> visible = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (CompilationUnitTree u : UNITS) {
            if (u.getPackageName() == null || !exported.contains(u.getPackageName().toString())) {
                continue;
            }
            new TreePathScanner<Void, Boolean>() {
                @Override
                public Void visitClass(ClassTree c, Boolean enclosingVisible) {
                    boolean inInterface = getCurrentPath().getParentPath().getLeaf() instanceof ClassTree parent
                            && (parent.getKind() == Tree.Kind.INTERFACE || parent.getKind() == Tree.Kind.ANNOTATION_TYPE);
                    Set<Modifier> mods = c.getModifiers().getFlags();
                    boolean isVisible = enclosingVisible && (mods.contains(Modifier.PUBLIC) || mods.contains(Modifier.PROTECTED)
                            || inInterface && !mods.contains(Modifier.PRIVATE));
                    if (isVisible) {
                        String name = u.getPackageName() + "." + qualified(getCurrentPath());
                        visible.add(name);
                        DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
                        if (doc == null || doc.getFullBody().isEmpty() && doc.getBlockTags().isEmpty()) {
                            undocumented.add(name);
                        }
                    }
                    return super.visitClass(c, isVisible);
                }
            }.scan(u, true);
        }
        assertThat(visible).as("public types of the exported packages").hasSizeGreaterThan(100);
        assertThat(undocumented).as("exported types without a javadoc comment").isEmpty();
    }

    private static String qualified(TreePath path) {
        List<String> names = new ArrayList<>();
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree c) {
                names.add(0, c.getSimpleName().toString());
            }
        }
        return String.join(".", names);
    }
}
