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

wall() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); python3 -c "print(f'{$t1-$t0:.1f}')"; }
rate() { python3 -c "print(f'{$n*60/$1:.0f}')"; }

batch_s=$(wall ./mga batch "$caps" -o "$work/batch" -f json --no-progress)
batch1_s=$(wall ./mga batch "$caps" -o "$work/batch1" -f json --no-progress --parallel 1)
spark_s=$(wall ./mga-spark --input "$caps" --output "$work/spark")
spark1_s=$(wall ./mga-spark --input "$caps" --output "$work/spark1" --master 'local[1]')
spark2_s=$(wall ./mga-spark --input "$caps" --output "$work/spark2" --master 'local[2]')

python3 - "$work" "$caps" "$copies" <<'PY'
import json, sys
work, caps, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
def load(p, strip=""):
    d = json.load(open(p)); d.pop("generatedAt")
    return json.loads(json.dumps(d).replace('"' + strip, '"')) if strip else d
batch = load(f"{work}/batch/fleet.json")
for name in ("spark", "spark1", "spark2"):
    if load(f"{work}/{name}/fleet.json", "file:") != batch:
        sys.exit(f"fleet.json of {name} differs from mga batch's")
counts = {r["ruleId"]: r["inputCount"] for r in batch["rules"] if r["inputCount"]}
want = {"kernel.slab.list-lru-leak": copies, "hugepages.allocatable-short": copies,
        "hugepages.pagesize-mismatch": copies, "hugepages.reservation-exhausted": copies}
if counts != want:
    sys.exit(f"per-rule input counts {counts}, expected {want}")
print(f"fleet.json: identical from mga batch and the Spark job (local[*], [1], [2]); per-rule input counts {counts}")
PY
echo "inputs:                        $n (${copies} copies each of 4 must-gathers, $(du -sk "$caps" | cut -f1) KiB)"
echo "machine:                       $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mga batch (--parallel $(nproc)):       ${batch_s} s  = $(rate "$batch_s") captures/min"
echo "mga batch --parallel 1:        ${batch1_s} s  = $(rate "$batch1_s") captures/min"
echo "./mga-spark local[*]:          ${spark_s} s  = $(rate "$spark_s") captures/min"
echo "./mga-spark local[1]:          ${spark1_s} s  = $(rate "$spark1_s") captures/min"
echo "./mga-spark local[2]:          ${spark2_s} s  = $(rate "$spark2_s") captures/min"
