package dev.mga.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mga.core.Analyzer;

/**
 * One fuzz target per parser: the input is handed to the analyzer under a path that the parser
 * claims, so detection, parsing, the model, every rule and every renderer see it. Regression mode
 * (a normal build) replays the committed corpus in {@code ParserFuzzTestInputs/<target>/};
 * {@code fuzz/run.sh <target> <seconds>} fuzzes for real.
 */
class ParserFuzzTest {

    private static final Analyzer ANALYZER = FuzzOracle.analyzer();

    private static void parseAs(String path, byte[] data) {
        FuzzOracle.analyze(ANALYZER, path, data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabCalls(byte[] data) {
        parseAs("alloc_calls", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabTraces(byte[] data) {
        parseAs("alloc_traces", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabInfo(byte[] data) {
        parseAs("slabinfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabTop(byte[] data) {
        parseAs("slabtop.txt", data);
    }

    /** Content detection: an unrelated name, so every sniffer and then its parser may get it. */
    @FuzzTest(maxDuration = "30s")
    void anyLooseFile(byte[] data) {
        parseAs("case-notes/output.txt", data);
    }
}
