#!/usr/bin/env bash
# Whole-CLI measurement on a large synthetic must-gather (see benchmarks/.../SyntheticMustGather):
# prints mga analyze wall time and peak RSS (heap capped at 256 MB), the time of a plain
# java.util.zip.GZIPInputStream read-and-discard of the same file, and their ratio; then where the
# CPU went by thread (bench/thread-cpu.py: main = reading, detecting, parsing, rules and report;
# mga-read-ahead = inflating; JIT C1/C2; GC), since on a shared machine wall time also measures
# the neighbours.
# Usage: bench/large-archive.sh [SIZE_MB=1100] [WORKDIR=/tmp/mga-bench]   (MGA_JAVA_OPTS: extra JVM options for mga,
#   after the launcher's own: e.g. "-XX:TieredStopAtLevel=4 -XX:+UseG1GC" for the JVM's defaults;
#   MGA_ARGS: extra options of mga analyze, e.g. MGA_ARGS="--workers 1" for the single-threaded parse)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size_mb="${1:-1100}"
work="${2:-/tmp/mga-bench}"
mkdir -p "$work"
archive="$work/synthetic-must-gather-${size_mb}MB.tar.gz"

cd "$root"
if [ ! -f analyzer-cli/target/mga.jar ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  mvn -B -q -DskipTests package -pl analyzer-cli,benchmarks -am
fi
bench_jar=benchmarks/target/benchmarks.jar
if [ ! -f "$archive" ]; then
  java -cp "$bench_jar" dev.mga.bench.SyntheticMustGather "$archive" "$size_mb" fixtures
fi

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }

# warm the page cache so both runs read from memory
cat "$archive" > /dev/null

base_out=$( { /usr/bin/time -f '%e %M' python3 bench/thread-cpu.py java -cp "$bench_jar" dev.mga.bench.GunzipBaseline "$archive" >/dev/null; } 2> "$work/gunzip.err"; tail -1 "$work/gunzip.err")
base_cpu=$(grep '^thread CPU' "$work/gunzip.err" || true)
base_s=${base_out% *}

# through ./mga, as a user runs it: its JVM flags and class-data sharing (built and recorded here, untimed)
./mga --version >/dev/null
mga_out=$( { /usr/bin/time -f '%e %M' python3 bench/thread-cpu.py env MGA_JAVA_OPTS="-Xmx256m ${MGA_JAVA_OPTS:-}" ./mga analyze --no-progress ${MGA_ARGS:-} "$archive" \
  -f json -o "$work/report.json"; } 2> "$work/mga.err"; tail -1 "$work/mga.err")
mga_cpu=$(grep '^thread CPU' "$work/mga.err" || true)
mga_s=${mga_out% *}
mga_rss_kb=${mga_out#* }

findings=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r['findings']), r['inputs'][0]['bytesRead'])" "$work/report.json")
ratio=$(python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$mga_s" "$base_s")
echo "archive:            $archive ($(du -m "$archive" | cut -f1) MB compressed, ${findings#* } bytes read)"
echo "GZIPInputStream:    $(seconds "$base_s") s"
echo "mga analyze:        $(seconds "$mga_s") s  (-Xmx256m, peak RSS $((mga_rss_kb / 1024)) MB, ${findings% *} findings)"
echo "ratio mga/gunzip:   $ratio  (target <= 1.3)"
echo "gunzip $base_cpu"
echo "mga    $mga_cpu"
