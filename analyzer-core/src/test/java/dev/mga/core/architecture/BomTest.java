package dev.mga.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * mga-bom has no parent (so that importing it brings nothing of this build's own pins), so its
 * version is written out: it must be the build's, and each artifact it lists must be a module of
 * the build, with every library module (analyzer-core and what it needs, analyzer-fleet) listed.
 */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("mga.root", ".."));

    @Test
    void theBomListsTheLibraryModulesAtTheBuildsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("mga-bom/pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(child(bom.getDocumentElement(), "packaging")).isEqualTo("pom");

        Map<String, String> modules = new TreeMap<>(); // artifactId -> folder
        NodeList ms = parent.getElementsByTagName("module");
        for (int i = 0; i < ms.getLength(); i++) {
            String folder = ms.item(i).getTextContent().strip();
            modules.put(child(read(ROOT.resolve(folder).resolve("pom.xml")).getDocumentElement(), "artifactId"), folder);
        }
        List<String> listed = new ArrayList<>();
        NodeList deps = ((Element) bom.getElementsByTagName("dependencyManagement").item(0)).getElementsByTagName("dependency");
        String mgaVersion = child((Element) bom.getElementsByTagName("properties").item(0), "mga.version");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(child(d, "groupId")).isEqualTo("dev.mga");
            String v = child(d, "version");
            assertThat(v.equals("${mga.version}") ? mgaVersion : v).as(child(d, "artifactId")).isEqualTo(version);
            listed.add(child(d, "artifactId"));
        }
        assertThat(modules).as("each artifact the BOM lists is built here").containsKeys(listed.toArray(String[]::new));
        assertThat(listed).containsExactlyInAnyOrder("analyzer-core", "analyzer-fleet", "mga-rules", "mga-grammars", "mga-cel",
                "mga-univocity");
        // what analyzer-core needs of ours at run time is in the BOM
        String core = Files.readString(ROOT.resolve("analyzer-core/pom.xml"));
        Matcher m = Pattern.compile("<groupId>dev\\.mga</groupId><artifactId>([\\w-]+)</artifactId>(?!<scope>(?:provided|test))").matcher(core);
        while (m.find()) {
            assertThat(listed).as("analyzer-core depends on " + m.group(1)).contains(m.group(1));
        }
    }

    private static Document read(Path pom) throws Exception {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + pom, e);
        }
    }

    /** The text of a direct child element, or null. */
    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
