package dev.mga.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mga.core.Analyzer;

/**
 * The archive reader end to end: bytes → (gzip|xz|zstd|bzip2)? → (tar|zip)* → detection → parsers
 * → rules → reports, with small limits. The corpus holds small real archives of the fixtures.
 */
class ArchiveFuzzTest {

    private static final Analyzer ANALYZER = FuzzOracle.analyzer();

    @FuzzTest(maxDuration = "30s")
    void archive(byte[] data) {
        FuzzOracle.analyze(ANALYZER, "upload", data);
    }
}
