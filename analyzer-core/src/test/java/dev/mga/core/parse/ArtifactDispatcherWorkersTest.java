package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.Diagnostic;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.Lines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's side of parallel parsing (issue 13): entries parsed by workers, finishing in
 * any order, are merged in entry order; a parser's exception on a worker is the same diagnostic as
 * on the reader's thread; the in-flight budget holds back the reader; an interrupt while waiting
 * for the workers ends the wait with a diagnostic.
 */
class ArtifactDispatcherWorkersTest {

    private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_RUNNING = new AtomicInteger();

    /** One record per line; entries named bad-* break the parser; the earlier entries take longer. */
    private static final ArtifactType LINES = ArtifactType.declare("test.lines").describedAs("test lines").paths("**/*.txt")
            .parser((input, ctx) -> {
                THREADS.add(Thread.currentThread().getName());
                MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
                try {
                    String name = input.entry().path();
                    if (name.contains("bad-")) {
                        throw new IllegalStateException("broken on purpose");
                    }
                    int index = Integer.parseInt(name.replaceAll("\\D", ""));
                    sleep(index % 7 == 0 ? 20 : 0);
                    Lines lines = input.lines();
                    String line;
                    while ((line = lines.next()) != null) {
                        if (line.startsWith("?")) {
                            ctx.diagnostic(lines.lineNumber(), "a question, not a record");
                        } else {
                            ctx.emit(name + ":" + lines.lineNumber() + ":" + line);
                        }
                    }
                } finally {
                    RUNNING.decrementAndGet();
                }
            }).build();

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ArtifactDispatcher dispatcher(ParsePool pool) {
        return new ArtifactDispatcher("in", ArtifactTypes.of(List.of(LINES)), Map.of(), 4096, null, false, pool);
    }

    /** 60 entries: text, questions, a broken one, an unknown one, a skipped one and a reader diagnostic between them. */
    private static void feed(ArtifactDispatcher d) throws IOException {
        for (int i = 0; i < 60; i++) {
            String name = (i == 13 ? "bad-" : "e") + i + (i == 40 ? ".bin" : ".txt");
            byte[] bytes = ("line one of " + i + "\n?why\nline three\n").repeat(1 + i % 5).getBytes(StandardCharsets.UTF_8);
            InputStream content = new ByteArrayInputStream(bytes);
            CaptureEntry entry = new CaptureEntry("in", "dir/" + name, "dir/" + name, bytes.length, 1);
            if (i % 3 == 0) {
                d.file(entry, content);
            } else {
                d.smallFile(entry, content);
            }
            if (i == 20) {
                d.skipped(new CaptureEntry("in", "dir/link", "dir/link", -1, 1), "symbolic link, not followed");
                d.diagnostic(new Diagnostic("in", "dir", 0, "something about the folder"));
            }
        }
        d.finish();
    }

    private static String summary(ArtifactDispatcher d) {
        return d.model().all(Object.class) + "\n" + d.artifacts() + "\n" + d.diagnostics() + "\n" + d.unknownCount() + " "
                + d.unknownSample() + " " + d.emptyCount();
    }

    @Test
    void workersGiveWhatTheReaderThreadGivesInEntryOrder() throws IOException {
        ArtifactDispatcher alone = dispatcher(null);
        feed(alone);
        String expected = summary(alone);
        assertThat(expected).contains("the test.lines parser failed on this entry (IllegalStateException: broken on purpose)")
                .contains("symbolic link, not followed").contains("something about the folder").contains("dir/e40.bin");

        THREADS.clear();
        try (ParsePool pool = new ParsePool(4, 1 << 20, 64 << 20)) {
            ArtifactDispatcher workers = dispatcher(pool);
            feed(workers);
            assertThat(summary(workers)).isEqualTo(expected);
        }
        assertThat(THREADS).anyMatch(t -> t.startsWith("mga-parse-"));
    }

    @Test
    void theInFlightBudgetHoldsTheReaderBack() throws IOException {
        ArtifactDispatcher alone = dispatcher(null);
        feed(alone);
        MOST_RUNNING.set(0);
        // room for two entries of up to 400 bytes (and their overhead): never more than two parse at once
        try (ParsePool pool = new ParsePool(4, 400, 2 * (400 + ParsePool.ENTRY_OVERHEAD))) {
            ArtifactDispatcher workers = dispatcher(pool);
            feed(workers);
            assertThat(summary(workers)).isEqualTo(summary(alone));
        }
        assertThat(MOST_RUNNING.get()).isBetween(1, 2 + 1); // two on workers, one streamed on this thread
    }

    @Test
    void anInterruptWhileWaitingForTheWorkersEndsTheWaitWithADiagnostic() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        ArtifactType stuck = ArtifactType.declare("test.stuck").describedAs("stuck").paths("**/*.txt").parser((input, ctx) -> {
            try {
                never.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ctx.emit("late");
        }).build();
        try (ParsePool pool = new ParsePool(2, 1 << 20, 64 << 20)) {
            ArtifactDispatcher d = new ArtifactDispatcher("in", ArtifactTypes.of(List.of(stuck)), Map.of(), 4096, null, false, pool);
            byte[] bytes = "x\n".getBytes(StandardCharsets.UTF_8);
            d.smallFile(new CaptureEntry("in", "a.txt", "a.txt", bytes.length, 1), new ByteArrayInputStream(bytes));
            Thread.currentThread().interrupt();
            d.finish();
            assertThat(Thread.interrupted()).isTrue();
            assertThat(d.diagnostics()).extracting(Diagnostic::message).containsExactly("analysis interrupted: 1 entries read were not parsed");
        } finally {
            never.countDown();
        }
    }
}
