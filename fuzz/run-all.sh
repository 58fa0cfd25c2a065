#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 60) and prints a Markdown table of executions and
# outcomes, the figures README records. Targets are read from the fuzz test classes; name some
# (e.g. ParserFuzzTest#slabCalls) after SECONDS to run only those.
set -uo pipefail
seconds="${1:-60}"
shift || true
only=" $* "
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests install -pl grammars,rules -am >/dev/null 2>&1 || true
echo "| Target | Seconds | Executions | Result |"
echo "|---|---:|---:|---|"
for cls in ParserFuzzTest ArchiveFuzzTest; do
  for m in $(grep -A1 '@FuzzTest' "analyzer-core/src/test/java/dev/mga/core/fuzz/$cls.java" | grep -oE 'void [a-zA-Z]+' | awk '{print $2}'); do
    if [ "$only" != "  " ] && [[ "$only" != *" $cls#$m "* ]]; then continue; fi
    line=$(fuzz/run.sh "$cls#$m" "$seconds" 2>&1 | tail -1)
    execs=$(echo "$line" | grep -oE '[0-9?]+ executions' | awk '{print $1}')
    result=$(echo "$line" | sed 's/.*: //')
    echo "| \`$cls#$m\` | $seconds | ${execs:-?} | $result |"
  done
done
