package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** Tables read by their header's positions, and the rows that do not sit there read as a person reads them. */
class ColumnTableTest {

    private static List<String> lines(String fixture) {
        return List.of(Fixtures.read(fixture).split("\n"));
    }

    @Test
    void kubectlTopColumnsStartAtTheirHeaderWords() {
        List<String> l = lines("metrics/kubectl-seed-cluster/capture/top-node-show-capacity.txt");
        ColumnTable t = ColumnTable.Spec.left().table(l.get(1));
        assertThat(t.names()).containsExactly("NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)");
        assertThat(t.read(l.get(2))).isEqualTo(new ColumnTable.Row(
                List.of("master-0.ocp-power.xyz", "1894m", "23%", "15272Mi", "93%"), true));
        assertThat(t.read(l.get(7)).cells()).containsExactly("worker-2.ocp-power.xyz", "<unknown>", "<unknown>",
                "<unknown>", "<unknown>");
    }

    @Test
    void pastedRowsWhosePaddingCollapsedAreReadByWords() {
        List<String> l = lines("metrics/seed-pasted/capture/oc-adm-top-node.txt");
        ColumnTable t = ColumnTable.Spec.left().table(l.get(1));
        ColumnTable.Row r = t.read(l.get(2)); // "master-0.ocp-power.xyz    1894m 15272Mi 93%" under a wider header
        assertThat(r.aligned()).isFalse();
        assertThat(r.cells()).containsExactly("master-0.ocp-power.xyz", "1894m", "15272Mi", "93%");
    }

    @Test
    void printfColumnsEndAtTheirHeaderWordsAndAWideValuePushesTheRowToWords() {
        List<String> l = lines("memory/seed-hugepages/capture/case-notes/hugeadm-pool-list.txt");
        ColumnTable t = ColumnTable.Spec.right().table(l.get(1));
        assertThat(t.names()).containsExactly("Size", "Minimum", "Current", "Maximum", "Default");
        assertThat(t.read(l.get(2))).isEqualTo(new ColumnTable.Row(List.of("16777216", "20", "20", "20", "*"), true));
        // hugeadm prints the size with %10ld: 17179869184 takes 11 characters and shifts the row by one
        assertThat(t.read(l.get(3))).isEqualTo(new ColumnTable.Row(List.of("17179869184", "0", "0", "0"), false));
        List<String> own = lines("memory/hugepages-reserved/capture/hugeadm-pool-list.txt");
        ColumnTable real = ColumnTable.Spec.right().table(own.get(1));
        assertThat(real.read(own.get(3))).isEqualTo(new ColumnTable.Row(List.of("1073741824", "0", "0", "0"), true));
    }

    @Test
    void slabtopHeaderNamesHoldBlanksAndTheNameColumnTakesTheRest() {
        List<String> l = lines("slab/qemu-captures/host-6.18/slabtop-o.txt");
        ColumnTable.Spec spec = ColumnTable.Spec.right().lastColumnTakesRest().names("OBJ SIZE", "CACHE SIZE");
        ColumnTable t = spec.table(l.get(6));
        assertThat(t.names()).containsExactly("OBJS", "ACTIVE", "USE", "OBJ SIZE", "SLABS", "OBJ/SLAB", "CACHE SIZE", "NAME");
        for (String row : l.subList(7, l.size())) {
            ColumnTable.Row r = t.read(row);
            assertThat(r.aligned()).as(row).isTrue();
            assertThat(r.cells()).as(row).isEqualTo(Words.split(row, 8));
        }
        assertThat(t.read(l.get(7)).cells()).containsExactly("58446", "58393", "99%", "0.04K", "573", "102", "2292K",
                "extent_status");
        // seven-digit object counts overflow slabtop's %6u and push the row right
        String wide = "1234567 58393  99%    0.04K    573      102      2292K extent_status";
        assertThat(t.read(wide)).isEqualTo(new ColumnTable.Row(Words.split(wide, 8), false));
    }

    @Test
    void aRepeatedHeaderKeepsItsTable() {
        ColumnTable.Spec spec = ColumnTable.Spec.right();
        ColumnTable first = spec.table("      Size  Minimum");
        assertThat(spec.table("      Size  Minimum", first)).isSameAs(first);
        assertThat(spec.table("      Size   Minimum", first)).isNotSameAs(first);
        assertThat(ColumnTable.Spec.left().table("      Size  Minimum", first)).isNotSameAs(first);
    }

    @Test
    void aCellStartingWithAHashIsACell() {
        ColumnTable t = ColumnTable.Spec.left().table("NAME   VALUE");
        assertThat(t.read("#x     1").cells()).containsExactly("#x", "1");
    }

    @Test
    void aHeaderOfMoreWordsThanAnyToolPrintsIsReadByWords() {
        String header = String.join(" ", java.util.Collections.nCopies(ColumnTable.MAX_COLUMNS + 5, "C"));
        ColumnTable.Row r = ColumnTable.Spec.left().table(header).read("a b c");
        assertThat(r).isEqualTo(new ColumnTable.Row(List.of("a", "b", "c"), false));
    }

    // ---- blank-padded tables: a row reads the same by positions as by words ----

    /** A table as printf or tabwriter would print it, some values wider than their column, some padding lost. */
    record Table(boolean right, boolean rest, String header, List<String> rows) {
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ019.%-_#<>\t").ofMinLength(1).ofMaxLength(12)
                .map(s -> s.replace('\t', 'T'));
        Arbitrary<String> cell = Arbitraries.oneOf(word, word, word, Arbitraries.of("", "a b", "x\ty", "\u2003z", "é"));
        Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), widths,
                cell.list().ofSize(8).list().ofMinSize(1).ofMaxSize(6), Arbitraries.integers().between(0, 3))
                .as((right, rest, w, cells, squash) -> {
                    StringBuilder header = new StringBuilder();
                    for (int c = 0; c < w.size(); c++) {
                        String name = "H" + c;
                        header.append(pad(name, Math.max(w.get(c), name.length()), right)).append(c < w.size() - 1 ? " " : "");
                    }
                    List<String> rows = new ArrayList<>();
                    for (List<String> r : cells) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 0; c < w.size(); c++) {
                            String v = r.get(c);
                            int width = Math.max(w.get(c), ("H" + c).length());
                            row.append(pad(v, width, right)).append(c < w.size() - 1 ? " ".repeat(squash == 0 ? 0 : 1) : "");
                        }
                        rows.add(row.toString());
                    }
                    return new Table(right, rest, header.toString(), rows);
                });
    }

    private static String pad(String v, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - v.length()));
        return right ? fill + v : v + fill;
    }

    @Property(tries = 3000)
    void positionsAndWordsGiveTheSameCells(@ForAll("tables") Table table) {
        ColumnTable.Spec spec = table.right() ? ColumnTable.Spec.right() : ColumnTable.Spec.left();
        spec = table.rest() ? spec.lastColumnTakesRest() : spec;
        ColumnTable t = spec.table(table.header());
        int limit = table.rest() ? t.names().size() : 0;
        for (String row : table.rows()) {
            ColumnTable.Row r = t.read(row);
            Statistics.label("read by position").collect(r.aligned());
            assertThat(r.cells()).as(String.format(Locale.ROOT, "%s%n%s", table.header(), row))
                    .isEqualTo(Words.split(row, limit));
        }
        // both readings are exercised: a property that only ever fell back would prove nothing
        Statistics.label("read by position").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }
}
