#!/usr/bin/env bash
# Streams a generated 1 GB klog file through `mga analyze` with a 256 MB heap and prints wall time,
# MB/s and peak RSS. The file repeats the real captures of fixtures/ (kubectl --v=8 lines, the
# must-gather descheduler log with its RFC 3339 prefixes, the seed's nfd-worker lines) and is laid
# out as a must-gather pod log so the descheduler parser reads it too. It is deleted at the end.
# Usage: bench/klog-1g.sh [size in MB, default 1024] [descheduler|component, default descheduler]
#   component: the same lines as another component's pod log, read by the generic klog parser only   (after: mvn -B -q package -DskipTests -pl analyzer-cli -am)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size_mb="${1:-1024}"
jar="$root/analyzer-cli/target/mga.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests -pl analyzer-cli -am" >&2; exit 2; }
work="$(mktemp -d /tmp/mga-klog-1g.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ "${2:-descheduler}" = component ]; then
  dir="$work/must-gather/namespaces/openshift-kube-apiserver/pods/kube-apiserver-master-0/kube-apiserver/kube-apiserver/logs"
else
  dir="$work/must-gather/namespaces/openshift-kube-descheduler-operator/pods/descheduler-6f8d9c5b7-kx2lp/openshift-descheduler/openshift-descheduler/logs"
fi
mkdir -p "$dir"
chunk="$work/chunk.log"
: > "$chunk"
while [ "$(stat -c %s "$chunk")" -lt $((1 << 20)) ]; do
  cat "$root"/fixtures/descheduler/must-gather-automatic/must-gather.local.*/*/namespaces/openshift-kube-descheduler-operator/pods/*/openshift-descheduler/openshift-descheduler/logs/current.log \
      "$root/fixtures/klog/kubectl-v8-unreachable/capture/kubectl-get-pods-v8.log" \
      "$root/fixtures/klog/seed-nfd-worker/capture/nfd-worker-4v2pw.log" >> "$chunk"
done
log="$dir/current.log"
target=$((size_mb << 20))
: > "$log"
while [ "$(stat -c %s "$log")" -lt "$target" ]; do
  for _ in $(seq 64); do cat "$chunk"; done >> "$log"
done
bytes="$(stat -c %s "$log")"
echo "generated $bytes bytes in $log"
/usr/bin/time -v -o "$work/time.txt" java -Xmx256m -jar "$jar" analyze --no-progress "$work/must-gather" --format json -o "$work/report.json" >/dev/null || true
wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
rss_kb="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
secs="$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
echo "wall time: ${wall} (${secs} s)"
awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "throughput: %.1f MB/s (10^6 bytes)\n", b / 1e6 / s }'
cpu="$(awk '/User time|System time/ {t += $NF} END {print t}' "$work/time.txt")"
awk -v b="$bytes" -v c="$cpu" 'BEGIN { printf "CPU time: %.1f s (user+sys), %.1f MB per CPU second\n", c, b / 1e6 / c }'
echo "peak RSS: $((rss_kb / 1024)) MB"
grep -o '"ruleId" *: *"[^"]*"' "$work/report.json" | sort | uniq -c || true
