package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.detect.Detection;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pasted file holding several kinds of output ({@link PasteSections}, issue 10): each section is
 * read as its own kind with the file's line numbers; a file of one kind, even with a command
 * before each of its parts, stays one artifact.
 */
class PasteSectionsTest {

    private static final ArtifactTypes TYPES = ArtifactTypes.discover();

    private static List<PasteSections.Section> split(String relative) throws IOException {
        byte[] b = Files.readAllBytes(Fixtures.path(relative));
        Detection whole = TYPES.sniff(Samples.of(b, Math.min(b.length, 8192), b.length <= 8192)).orElse(null);
        return PasteSections.split(b, b.length, TYPES, whole, 1 << 16);
    }

    private static String describe(List<PasteSections.Section> sections) {
        return String.join(" ", sections.stream().map(s -> s.firstLine() + "-" + s.lastLine() + ":"
                + (s.detection() == null ? "?" : s.detection().type().id())).toList());
    }

    @Test
    void aTerminalSessionIsSplitAtItsCommandsWhenTheKindChanges() throws IOException {
        // [root@qcloud-dev2 ~]# free, then [root@qcloud-dev2 ~]# cat /proc/meminfo
        assertThat(describe(split("real-world/memory/gh-apa50-free-and-meminfo-prompts/paste.txt")))
                .isEqualTo("1-4:memory.free 5-30:memory.meminfo");
        // head /proc/slabinfo, a blank line, then $ slabtop (whose own blank lines stay inside it)
        assertThat(describe(split("real-world/slab/gh-sungju-notes-head-slabinfo-and-slabtop-slab-allocator/paste.txt")))
                .isEqualTo("1-9:slab.slabinfo 10-23:slab.slabtop");
    }

    @Test
    void aBlankLineSplitsOnlyWhereAnotherKindFollows() throws IOException {
        // quoted meminfo lines, an empty quoted line, then slabtop rows without their header
        assertThat(describe(split("real-world/slab/lkml-20131227-ppc64-meminfo-slabtop-rows-quoted/paste.txt")))
                .isEqualTo("1-5:memory.meminfo 6-9:slab.slabtop");
    }

    @Test
    void eachCacheListingIsItsOwnArtifactBecauseItsCommandNamesTheCache() throws IOException {
        assertThat(describe(split("real-world/slab/lkml-20131227-ppc64-alloc-calls-dot-symbols-wrapped/paste.txt")))
                .isEqualTo("1-3:slab.calls 4-6:slab.calls");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the same grep twice on one host, four hosts' sysctl.conf over ssh, two NUMA nodes' counters
        "real-world/memory/gh-dpservice523-grep-hugepages-prompt-twice/paste.txt",
        "real-world/memory/gh-exadata38-sysctl-conf-grep-over-ssh/paste.txt",
        "real-world/memory/k8s-web39170-sysfs-free-hugepages-before/paste.txt",
    })
    void theSameKindAfterEachCommandStaysOneArtifact(String paste) throws IOException {
        assertThat(split(paste)).isEmpty();
    }

    @Test
    void aFileWithManyBlankLinesIsALogNotAPaste() {
        StringBuilder s = new StringBuilder("free\n              total        used        free      shared  buff/cache   available\n"
                + "Mem:       16268028     6917832      168252        3616     9181944     5733016\n");
        for (int i = 0; i < PasteSections.MAX_CANDIDATES + 1; i++) {
            s.append("\nMemTotal:       16268028 kB\n");
        }
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(PasteSections.split(b, b.length, TYPES, null, 1 << 16)).isEmpty();
        // the same with fewer places to cut is split
        byte[] few = s.substring(0, s.indexOf("\n\n", s.indexOf("\n\n") + 1)).getBytes(StandardCharsets.UTF_8);
        assertThat(describe(PasteSections.split(few, few.length, TYPES, null, 1 << 16))).isEqualTo("1-4:memory.free 5-5:memory.meminfo");
    }

    @Test
    void sectionsKeepTheFilesLineNumbersAndWhatIsNotReadIsSaid() {
        Path paste = Fixtures.path("real-world/klog/vijayrod-aks-kubelet-memory-eviction-syslog/paste.txt");
        Report report = Analyzer.builder().build().analyze(paste);

        List<Artifact> artifacts = report.artifacts();
        assertThat(artifacts).extracting(Artifact::type, Artifact::detectedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("klog.log", "content, lines 45-49"));
        assertThat(report.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).contains(org.assertj.core.groups.Tuple.tuple(
                1L, "lines 1-44 (kubectl describe po nginx): not a kind of output mga reads; not read"));
        Finding eviction = report.findings().stream().filter(f -> f.ruleId().equals("kubelet.evictions")).findFirst().orElseThrow();
        // the evidence cites the file's own line 49, not the section's 5th line
        assertThat(eviction.evidence()).extracting(Evidence::where).anyMatch(w -> w.endsWith("paste.txt:49"));
    }

    @Test
    void detectionAloneShowsTheSectionsToo() {
        Path paste = Fixtures.path("real-world/memory/gh-apa50-free-and-meminfo-prompts/paste.txt");
        assertThat(Analyzer.builder().build().detect(paste)).extracting(Artifact::type, Artifact::detectedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("memory.free", "content, lines 1-4"),
                org.assertj.core.groups.Tuple.tuple("memory.meminfo", "content, lines 5-30"));
    }

    @Test
    void aWholeFileOfNoKnownKindWithOneKnownSectionIsRead() throws IOException {
        byte[] b = Files.readAllBytes(Fixtures.path("real-world/klog/vijayrod-aks-kubelet-memory-eviction-syslog/paste.txt"));
        ContentSample head = Samples.of(b, Math.min(b.length, 8192), b.length <= 8192);
        assertThat(TYPES.sniff(head)).as("the describe output on top hides the log from detection").isEmpty();
        assertThat(describe(PasteSections.split(b, b.length, TYPES, null, 1 << 16))).isEqualTo("1-44:? 45-49:klog.log");
    }
}
