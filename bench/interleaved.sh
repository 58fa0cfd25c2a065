#!/bin/bash
# Compares JMH benchmarks of this tree with those of another commit, operations interleaved in one
# JVM (dev.mga.bench.Interleaved): on a machine other builds share, JMH's wall times of two builds
# run one after the other differ by tens of percent for identical code; interleaved thread CPU
# time does not. The base's benchmarks jar is built from `git archive REF` in a temporary folder,
# with this tree's benchmark sources copied over it (so new benchmarks run on old readers).
#   bash bench/interleaved.sh REF SECONDS 'Class method params' ...
#   bash bench/interleaved.sh c2ee545 30 'dev.mga.bench.TablesBenchmark parse table=slabtop'
set -eu
cd "$(dirname "$0")/.."
REF=$1 SECONDS_EACH=$2
shift 2
BASE=$(mktemp -d /tmp/mga-base-XXXXXX)
trap 'rm -rf "$BASE"' EXIT
git archive "$REF" | tar -x -C "$BASE"
cp -r benchmarks/src/main/java/dev/mga/bench/. "$BASE/benchmarks/src/main/java/dev/mga/bench/"
(cd "$BASE" && mvn -B -q -o -pl benchmarks -am package -DskipTests)
mvn -B -q -o -pl benchmarks -am package -DskipTests
for spec in "$@"; do
  read -r cls method params <<< "$spec"
  java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.mga.bench.Interleaved "$cls" "$method" "${params:--}" \
      "$SECONDS_EACH" "$BASE/benchmarks/target/benchmarks.jar" benchmarks/target/benchmarks.jar | grep -v '^\[input'
done
