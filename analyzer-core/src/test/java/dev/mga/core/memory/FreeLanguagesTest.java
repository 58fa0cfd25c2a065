package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.memory.FreeOutput;
import dev.mga.core.model.memory.FreeRow;
import dev.mga.core.parse.Units;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * free as procps-ng 4.0.2 prints it in each language it ships a translation for, captured on the
 * build machine (fixtures/memory/procps-locales/capture.sh): every output reads back to the English
 * columns and labels, with the machine's total memory.
 */
class FreeLanguagesTest {

    private static final String DIR = "memory/procps-locales/";
    private static final List<String> DEFAULT = List.of("total", "used", "free", "shared", "buff/cache", "available");
    private static final List<String> WIDE = List.of("total", "used", "free", "shared", "buffers", "cache", "available");

    private static long exactTotal() {
        FreeOutput c = Parsing.fixture(new FreeParser(), DIR + "C_free_-b.txt").only(FreeOutput.class);
        return c.row("Mem").orElseThrow().bytes().get("total") / 1024; // free -b read as KiB (no command in the name)
    }

    private static List<String> outputs() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path(DIR))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.contains("_free") && !f.startsWith("C_"))
                    .sorted().toList();
        }
    }

    @Test
    void everyLanguageReadsBackToTheEnglishColumnsAndTheMachinesMemory() throws IOException {
        long total = exactTotal();
        List<String> files = outputs();
        assertThat(files).hasSizeGreaterThanOrEqualTo(36); // 12 languages x free, free -h, free -w
        for (String f : files) {
            Parsing p = Parsing.fixture(new FreeParser(), DIR + f);
            assertThat(p.diagnostics).as(f).isEmpty();
            FreeOutput out = p.only(FreeOutput.class);
            assertThat(out.columns()).as(f).isEqualTo(f.endsWith("_-w.txt") ? WIDE : DEFAULT);
            assertThat(out.rows()).extracting(FreeRow::label).as(f).containsExactly("Mem", "Swap");
            long read = out.row("Mem").orElseThrow().bytes().get("total");
            if (f.endsWith("_-h.txt")) {
                assertThat(Math.abs(read - total)).as(f + " total").isLessThan(Units.GIB); // "23Gi"
            } else {
                assertThat(read).as(f + " total").isEqualTo(total);
            }
            assertThat(out.row("Mem").orElseThrow().bytes()).as(f).containsKey("available");
        }
    }

    @Test
    void decimalCommasOfTheLocaleAreDecimalPoints() {
        // French, German, … print -h sizes with a comma: 8,7Mi is 8.7 MiB
        FreeOutput de = Parsing.fixture(new FreeParser(), DIR + "de_DE_free_-h.txt").only(FreeOutput.class);
        String shared = de.row("Mem").orElseThrow().excerpt().strip().split("\\s+")[4];
        assertThat(shared).contains(",");
        long bytes = de.row("Mem").orElseThrow().bytes().get("shared");
        assertThat(bytes).isEqualTo(Units.freeSize(shared.replace(',', '.'), 1024));
        assertThat(Units.freeSize("1,234", 1024)).as("a bare number with a comma is no free value").isEqualTo(-1);
    }

    @Test
    void aHeaderOfUnknownWordsIsReportedNotReadAsEnglish() {
        // the machine's real C-locale output with one header word changed to one no procps prints
        String real = Fixtures.read(DIR + "C_free_-b.txt");
        assertThat(real).contains("        used ");
        Parsing p = Parsing.run(new FreeParser(), "paste.txt", real.replaceFirst("        used ", "       Xused "));
        assertThat(p.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).contains("Xused")
                .contains("cannot judge"));
    }
}
