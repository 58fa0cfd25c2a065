package dev.mga.core.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineRecordingReaderTest {

    private static String readAll(LineRecordingReader r) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf, 0, buf.length)) > 0) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }

    @Test
    void aPostersElisionLineIsPassedOnBlankAndKeptAsCapturedForEvidence() throws IOException {
        String paste = Fixtures.read("real-world/kube/cpeir-oc-get-node-yaml-ocp43-elided-images/paste.txt");
        LineRecordingReader r = new LineRecordingReader(new StringReader(paste), 1);
        String seen = readAll(r);
        assertThat(r.elisions()).containsExactly(92L);
        assertThat(seen.split("\n", -1)[91]).isBlank();
        assertThat(seen.length()).isEqualTo(paste.length()); // blanks in place: every offset and line number holds
        assertThat(r.text(92)).isEqualTo("    . . .");
    }

    @Test
    void yamlsDocumentEndAtTheLineStartIsNotAnElision() throws IOException {
        // '...' at column 0 ends a YAML document (YAML 1.2, 9.1.4); only an indented one is a poster's
        String yaml = "kind: Node\n...\n---\nkind: Pod\n";
        LineRecordingReader r = new LineRecordingReader(new StringReader(yaml), 1);
        assertThat(readAll(r)).isEqualTo(yaml);
        assertThat(r.elisionCount()).isZero();
    }
}
