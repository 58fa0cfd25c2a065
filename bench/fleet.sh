#!/usr/bin/env bash
# Fleet throughput: captures per minute for `mga batch` and for the Spark job (./mga-spark, local
# mode), on COPIES copies of each of four fixture must-gathers (two sick: the list_lru leak and the
# hugepages case; two healthy: the Performance Addon Operator must-gathers), 12 inputs by default.
# Also runs the Spark job with local[1] and local[2] to show how it scales with executor cores, and
# checks that both tools wrote the same fleet.json with the right per-rule input counts.
# Usage: bench/fleet.sh [COPIES=3] [WORKDIR=/tmp/mga-fleet-bench]
# Times are wall-clock and include JVM (and Spark) start-up, as a user sees them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-3}"
work="${2:-/tmp/mga-fleet-bench}"
caps="$work/captures"
rm -rf "$work"
mkdir -p "$caps"
cd "$root"

for i in $(seq 1 "$copies"); do
  cp fixtures/must-gather/list-lru-leak.tar.gz "$caps/list-lru-leak-$i.tar.gz"
  for tree in hugepages real-pao-sno real-pao-bare-metal; do
    tar -C "fixtures/must-gather/$tree" --sort=name -czf "$caps/$tree-$i.tar.gz" .
  done
done
n=$(ls "$caps" | wc -l)

# build both once, outside the measurements
./mga --version >/dev/null
./mga-spark --version >/dev/null 2>&1

# wall-clock seconds of a command; its standard output goes to $work/last.out
wall() { local t0 t1; t0=$(date +%s.%N); "$@" >"$work/last.out" 2>/dev/null || true; t1=$(date +%s.%N); python3 -c "print(f'{$t1-$t0:.1f}')"; }
rate() { python3 -c "print(f'{$n*60/$1:.0f}')"; }
# the Spark job's own time, after Spark has started (it prints it)
job() { sed -n 's/.*; job \([0-9.]*\) s after.*/\1/p' "$work/last.out"; }

batch_s=$(wall ./mga batch "$caps" -o "$work/batch" -f json --no-progress)
batch1_s=$(wall ./mga batch "$caps" -o "$work/batch1" -f json --no-progress --parallel 1)
spark_s=$(wall ./mga-spark --input "$caps" --output "$work/spark"); spark_j=$(job)
spark1_s=$(wall ./mga-spark --input "$caps" --output "$work/spark1" --master 'local[1]'); spark1_j=$(job)
spark2_s=$(wall ./mga-spark --input "$caps" --output "$work/spark2" --master 'local[2]'); spark2_j=$(job)

# the cluster jar as spark-submit runs it: SparkSubmit on Spark's own classpath only (no mga library
# on it), the relocated job jar added by Spark, as on a cluster
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' analyzer-spark/pom.xml)
mkdir -p "$work/spark-only"
cat > "$work/spark-only/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>spark-only</artifactId><version>1</version>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
<version>$spark_version</version></dependency></dependencies></project>
POM
(cd "$work/spark-only" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' analyzer-spark/pom.xml)
# shellcheck disable=SC2086
submit_s=$(SPARK_LOCAL_IP=127.0.0.1 wall java $flags -Dlog4j2.configurationFile=analyzer-spark/conf/log4j2.properties \
  -cp "$(cat "$work/spark-only/cp.txt")" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
  --class dev.mga.spark.FleetJob analyzer-spark/target/mga-spark-job.jar --input "$caps" --output "$work/submit"); submit_j=$(job)

python3 - "$work" "$caps" "$copies" <<'PY'
import json, sys
work, caps, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
def load(p, strip=""):
    d = json.load(open(p)); d.pop("generatedAt")
    return json.loads(json.dumps(d).replace('"' + strip, '"')) if strip else d
batch = load(f"{work}/batch/fleet.json")
for name in ("spark", "spark1", "spark2", "submit"):
    if load(f"{work}/{name}/fleet.json", "file:") != batch:
        sys.exit(f"fleet.json of {name} differs from mga batch's")
counts = {r["ruleId"]: r["inputCount"] for r in batch["rules"] if r["inputCount"]}
want = {"kernel.slab.list-lru-leak": copies, "hugepages.allocatable-short": copies,
        "hugepages.pagesize-mismatch": copies, "hugepages.reservation-exhausted": copies}
if counts != want:
    sys.exit(f"per-rule input counts {counts}, expected {want}")
print(f"fleet.json: identical from mga batch and the Spark job (local[*], [1], [2], spark-submit of the job jar); per-rule input counts {counts}")
PY
echo "inputs:                        $n (${copies} copies each of 4 must-gathers, $(du -sk "$caps" | cut -f1) KiB)"
echo "machine:                       $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mga batch (--parallel $(nproc)):       ${batch_s} s  = $(rate "$batch_s") captures/min"
echo "mga batch --parallel 1:        ${batch1_s} s  = $(rate "$batch1_s") captures/min"
echo "./mga-spark local[*]:          ${spark_s} s  = $(rate "$spark_s") captures/min  (job alone ${spark_j} s = $(rate "$spark_j")/min)"
echo "./mga-spark local[1]:          ${spark1_s} s  = $(rate "$spark1_s") captures/min  (job alone ${spark1_j} s = $(rate "$spark1_j")/min)"
echo "./mga-spark local[2]:          ${spark2_s} s  = $(rate "$spark2_s") captures/min  (job alone ${spark2_j} s = $(rate "$spark2_j")/min)"
echo "spark-submit job jar local[2]: ${submit_s} s  = $(rate "$submit_s") captures/min  (job alone ${submit_j} s = $(rate "$submit_j")/min)"
