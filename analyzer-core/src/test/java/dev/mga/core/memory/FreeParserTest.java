package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.mga.core.model.memory.FreeOutput;
import dev.mga.core.model.memory.FreeRow;
import dev.mga.core.testing.Parsing;
import org.junit.jupiter.api.Test;

class FreeParserTest {

    private static final long KI = 1024;
    private static final long MI = KI * KI;
    private static final long GI = MI * KI;

    private final FreeParser parser = new FreeParser();

    private FreeOutput parse(String relative) {
        Parsing r = Parsing.fixture(parser, relative);
        assertThat(r.diagnostics).isEmpty();
        return r.only(FreeOutput.class);
    }

    @Test
    void seedHumanLowHigh() {
        FreeOutput f = parse("memory/seed-free/capture/case-notes/free.txt");
        assertThat(f.command()).isEqualTo("free -g -h -l");
        assertThat(f.human()).isTrue();
        assertThat(f.unitBytes()).isEqualTo(GI); // -g, overridden by -h's own units
        assertThat(f.columns()).containsExactly("total", "used", "free", "shared", "buff/cache", "available");
        assertThat(f.row("Mem").orElseThrow().bytes()).containsOnly(entry("total", 15 * GI), entry("used", 10 * GI),
                entry("free", 348 * MI), entry("shared", 165 * MI), entry("buff/cache", (long) (5.2 * GI)),
                entry("available", (long) (4.8 * GI)));
        assertThat(f.row("Low").orElseThrow().bytes()).containsOnly(entry("total", 15 * GI), entry("used", 15 * GI),
                entry("free", 348 * MI));
        assertThat(f.row("High").orElseThrow().bytes()).containsOnly(entry("total", 0L), entry("used", 0L), entry("free", 0L));
        assertThat(f.row("Swap").orElseThrow().bytes()).containsOnly(entry("total", 0L), entry("used", 0L), entry("free", 0L));
        assertThat(f.row("Mem").orElseThrow().location().line()).isEqualTo(3);
    }

    @Test
    void wideSeparatesBuffersAndCache() {
        FreeOutput f = parse("memory/command-outputs/capture/free-w.txt");
        assertThat(f.human()).isFalse();
        assertThat(f.unitBytes()).isEqualTo(KI);
        assertThat(f.row("Mem").orElseThrow().bytes()).containsOnly(entry("total", 24684092 * KI),
                entry("used", 904656 * KI), entry("free", 23205248 * KI), entry("shared", 8856 * KI),
                entry("buffers", 14344 * KI), entry("cache", 832640 * KI), entry("available", 23779436 * KI));
        assertThat(f.row("Swap").orElseThrow().value("total")).isZero();
    }

    @Test
    void lowAndHighRowsInKibibytes() {
        FreeOutput f = parse("memory/command-outputs/capture/free-l.txt");
        assertThat(f.rows()).extracting(FreeRow::label).containsExactly("Mem", "Low", "High", "Swap");
        assertThat(f.row("Low").orElseThrow().bytes()).containsOnly(entry("total", 24684092 * KI),
                entry("used", 1478844 * KI), entry("free", 23205248 * KI));
    }

    @Test
    void totalRowInMebibytes() {
        FreeOutput f = parse("memory/command-outputs/capture/free-t-m.txt");
        assertThat(f.unitBytes()).isEqualTo(MI);
        assertThat(f.row("Mem").orElseThrow().value("available")).isEqualTo(23222 * MI);
        assertThat(f.row("Total").orElseThrow().bytes()).containsOnly(entry("total", 24105 * MI), entry("used", 883 * MI),
                entry("free", 22661 * MI));
    }

    @Test
    void siHumanUnitsAreDecimal() {
        FreeOutput f = parse("memory/command-outputs/capture/free-si-h.txt");
        assertThat(f.row("Mem").orElseThrow().bytes()).containsOnly(entry("total", 25_000_000_000L),
                entry("used", 926_000_000L), entry("free", 23_000_000_000L), entry("shared", 9_100_000L),
                entry("buff/cache", 867_000_000L), entry("available", 24_000_000_000L));
    }

    @Test
    void sosFileNameGivesTheUnit() {
        FreeOutput f = parse("memory/host-healthy/capture/sosreport-vm-2026-11-25-wtmem01/sos_commands/memory/free_-m");
        assertThat(f.command()).isEqualTo("free -m");
        assertThat(f.host()).isEqualTo("vm");
        assertThat(f.row("Mem").orElseThrow().value("total")).isEqualTo(24105 * MI);
    }

    @Test
    void everyVariantOfTheMachineParses() {
        for (String v : new String[] {"free", "free-h", "free-g", "free-m", "free-k", "free-w-h", "free-g-h-l"}) {
            FreeOutput f = parse("memory/command-outputs/capture/" + v + ".txt");
            assertThat(f.row("Mem").orElseThrow().value("total")).as(v).isPositive();
        }
        assertThat(parse("memory/command-outputs/capture/free-g.txt").row("Mem").orElseThrow().value("total"))
                .isEqualTo(23 * GI);
    }

    /**
     * procps 3.2's layout (RHEL 6 and older): {@code buffers cached} columns and the
     * {@code -/+ buffers/cache} row with used and free only. No procps 3.2 can be installed on this
     * machine; the text is a public capture of that version's output, in MiB (GitHub
     * adrianlzt/cerebro, linux/performance/memoria/free.md, "free antiguo"), named as sos names
     * {@code free -m}.
     */
    @Test
    void procps32BuffersCacheRow() {
        String text = """
                             total       used       free     shared    buffers     cached
                Mem:          7783       7580        202        231         63       1593
                -/+ buffers/cache:       5923       1859
                Swap:         3812          5       3807
                """;
        Parsing r = Parsing.run(parser, "sos_commands/memory/free_-m", text);
        assertThat(r.diagnostics).isEmpty();
        FreeOutput f = r.only(FreeOutput.class);
        assertThat(f.columns()).containsExactly("total", "used", "free", "shared", "buffers", "cached");
        assertThat(f.row("Mem").orElseThrow().bytes()).containsOnly(entry("total", 7783 * MI), entry("used", 7580 * MI),
                entry("free", 202 * MI), entry("shared", 231 * MI), entry("buffers", 63 * MI), entry("cached", 1593 * MI));
        assertThat(f.row("-/+ buffers/cache").orElseThrow().bytes()).containsOnly(entry("used", 5923 * MI),
                entry("free", 1859 * MI));
        assertThat(f.row("Swap").orElseThrow().bytes()).containsOnly(entry("total", 3812 * MI), entry("used", 5 * MI),
                entry("free", 3807 * MI));
    }

    @Test
    void busyBoxLayoutWithItsBuffersRow() {
        Parsing r = Parsing.fixture(new FreeParser(), "real-world/memory/gh-openbmc236-busybox-free-italic-prompt/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        FreeOutput f = r.only(FreeOutput.class);
        assertThat(f.columns()).containsExactly("total", "used", "free", "shared", "buffers");
        assertThat(f.row("Mem").orElseThrow().value("buffers")).isEqualTo(10528 * 1024L);
        FreeRow plus = f.row("-/+ buffers").orElseThrow();
        assertThat(plus.value("used")).isEqualTo(207164 * 1024L);
        assertThat(plus.value("free")).isEqualTo(47384 * 1024L);
    }

    @Test
    void rowBeforeAHeaderOrWithTooManyValuesIsReported() {
        Parsing r = Parsing.run(parser, "free", "Mem: 1 2 3\n total used free\nMem: 1 2 3 4\n");
        assertThat(r.diagnostics).extracting(dev.mga.core.model.Diagnostic::line).containsExactly(1L, 3L);
        assertThat(r.all(FreeOutput.class)).isEmpty();
    }

    @Test
    void freesCommandIsFoundAfterAnotherCommandOnTheLine() {
        // the command line of the LinuxGSM#1971 paste, and the usual ways to chain free
        assertThat(FreeParser.freeCommand("numfmt --to=iec --from=iec --suffix=B \"$(($(grep ^MemFree /proc/meminfo |"
                + " awk '{print $2}'))))K\" && free -h")).isEqualTo("free -h");
        assertThat(FreeParser.freeCommand("sync; free -m")).isEqualTo("free -m");
        assertThat(FreeParser.freeCommand("sudo free -g -t")).isEqualTo("free -g -t");
        assertThat(FreeParser.freeCommand("free -h; uptime")).isEqualTo("free -h");
        assertThat(FreeParser.freeCommand("free")).isEqualTo("free");
        assertThat(FreeParser.freeCommand("cat /proc/meminfo")).isEmpty();
        assertThat(FreeParser.freeCommand("echo free")).as("a word, not the command").isEmpty();
    }
}
