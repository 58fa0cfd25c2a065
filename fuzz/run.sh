#!/usr/bin/env bash
# Runs coverage-guided fuzzing (Jazzer) on one target for a given time, e.g.
#   fuzz/run.sh ParserFuzzTest#slabCalls 600
#   fuzz/run.sh ArchiveFuzzTest#archive 600
# New coverage goes to analyzer-core/.cifuzz-corpus/; a crash is written to the target's
# Inputs directory under src/test/resources (commit it: it becomes a regression input).
# Prints the executions run and whether a crash was found.
set -euo pipefail
target="${1:?usage: fuzz/run.sh Class#method SECONDS}"
seconds="${2:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
log="$(mktemp /tmp/mga-fuzz.XXXXXX.log)"
cd "$root"
set +e
JAZZER_FUZZ=1 mvn -B -pl analyzer-core -am test -Dtest="dev.mga.core.fuzz.$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${seconds}s" -Djazzer.instrument="dev.mga.**" -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1
status=$?
set -e
execs=$(grep -aoE '#[0-9]+\s+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
speed=$(grep -aoE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
if [ "$status" -eq 0 ]; then result="no crash"; else result="FAILED (see $log)"; fi
echo "$target: ${execs:-?} executions in ${seconds}s (${speed:-?} exec/s): $result"
exit "$status"
