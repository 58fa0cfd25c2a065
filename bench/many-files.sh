#!/usr/bin/env bash
# Many small captures: a folder of HOSTS hosts, each with a proc/meminfo and a proc/slabinfo copied
# byte for byte from the real captures in fixtures/ (host i takes the i-th of them, round robin;
# only the directory name varies), analysed by the whole mga CLI and parsed by insights-core's
# MemInfo and SlabInfo parsers (bench/insights-parse.py), interleaved, RUNS times each.
#
# insights-core is never part of this repository. It is taken from, in order: INSIGHTS_CORE (a
# source checkout), a bare mirror at INSIGHTS_CORE_GIT (default /work/.mirror/RedHatInsights+insights-core/repo,
# exported with git archive), or a shallow clone of https://github.com/RedHatInsights/insights-core
# into WORKDIR. Only this machine's python3 is needed.
#
# Usage: bench/many-files.sh [HOSTS=2500] [RUNS=3] [WORKDIR=/tmp/mga-many-files]
#   (MGA_JAVA_OPTS: extra JVM options for mga; the CLI runs through ./mga, class-data sharing included;
#   MGA_ARGS: extra options of mga analyze, e.g. MGA_ARGS="--workers 1")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
hosts="${1:-2500}"
runs="${2:-3}"
work="${3:-/tmp/mga-many-files}"
folder="$work/hosts-$hosts"
mkdir -p "$work"
cd "$root"

# --- the real captures: whole files whose first line is the format's own header -------------------
mapfile -t meminfos < <(find fixtures -path '*/proc/meminfo' -type f | sort | while read -r f; do
  head -1 "$f" | grep -q '^MemTotal:' && echo "$f"; done)
mapfile -t slabinfos < <(find fixtures -path '*/proc/slabinfo' -type f | sort | while read -r f; do
  head -1 "$f" | grep -q '^slabinfo - version: 2' && echo "$f"; done)
[ "${#meminfos[@]}" -gt 0 ] && [ "${#slabinfos[@]}" -gt 0 ] || { echo "no real captures found under fixtures/" >&2; exit 2; }

if [ ! -f "$folder/.complete" ]; then
  rm -rf "$folder"
  for ((i = 0; i < hosts; i++)); do
    d="$folder/host-$(printf %05d "$i").example.com/proc"
    mkdir -p "$d"
    cp "${meminfos[i % ${#meminfos[@]}]}" "$d/meminfo"
    cp "${slabinfos[i % ${#slabinfos[@]}]}" "$d/slabinfo"
  done
  touch "$folder/.complete"
fi
files=$(find "$folder" -type f \( -name meminfo -o -name slabinfo \) | wc -l)
echo "folder:        $folder: $files files from ${#meminfos[@]} real meminfo and ${#slabinfos[@]} real slabinfo captures, $(du -sm --apparent-size "$folder" | cut -f1) MB"

# --- insights-core, from source ----------------------------------------------------------------
ic="${INSIGHTS_CORE:-}"
if [ -z "$ic" ]; then
  ic="$work/insights-core"
  if [ ! -d "$ic/insights" ]; then
    mirror="${INSIGHTS_CORE_GIT:-/work/.mirror/RedHatInsights+insights-core/repo}"
    mkdir -p "$ic"
    if [ -d "$mirror" ]; then
      git --git-dir="$mirror" archive HEAD | tar -x -C "$ic"
      git --git-dir="$mirror" rev-parse HEAD > "$ic/.commit"
    else
      rm -rf "$ic"
      git clone -q --depth 1 https://github.com/RedHatInsights/insights-core "$ic"
      git -C "$ic" rev-parse HEAD > "$ic/.commit"
    fi
  fi
fi
echo "insights-core: $ic (commit $(cat "$ic/.commit" 2>/dev/null || git -C "$ic" rev-parse HEAD 2>/dev/null || echo unknown)), $(python3 --version)"

# --- mga ---------------------------------------------------------------------------------------
./mga --version > /dev/null   # builds when stale and records the class-data-sharing archive
./mga --version > /dev/null

cat "$folder"/*/proc/* > /dev/null   # page cache warm for both
mga_times=(); ic_times=(); mga_cpu=(); ic_cpu=()
for ((r = 1; r <= runs; r++)); do
  out=$( { /usr/bin/time -f '%e %M %U %S' ./mga analyze --no-progress ${MGA_ARGS:-} "$folder" -f json -o "$work/report.json"; } 2>&1 | tail -1)
  read -r s rss u sy <<< "$out"
  mga_times+=("$s"); mga_cpu+=("$(python3 -c "print($u+$sy)")")
  summary=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); i=r['inputs'][0]; print(f\"{i['parsed']} parsed, {i['failed']} failed, {len(r['findings'])} findings, {len(r['diagnostics'])} diagnostics\")" "$work/report.json")
  echo "run $r mga:           ${s} s wall, ${u}+${sy} s CPU, peak RSS $((rss / 1024)) MB ($summary)"

  out=$( { /usr/bin/time -f '%e %M %U %S' env INSIGHTS_CORE="$ic" python3 bench/insights-parse.py "$folder" > "$work/insights.txt"; } 2>&1 | tail -1)
  read -r s rss u sy <<< "$out"
  ic_times+=("$s"); ic_cpu+=("$(python3 -c "print($u+$sy)")")
  echo "run $r insights-core: ${s} s wall, ${u}+${sy} s CPU, peak RSS $((rss / 1024)) MB ($(cut -d: -f2- "$work/insights.txt" | sed 's/^ //'))"
done

# On a shared machine wall time also measures the neighbours; CPU time (user + sys, all threads:
# mga's JIT and GC threads count against it) is printed beside it.
python3 - "${mga_times[*]}" "${ic_times[*]}" "${mga_cpu[*]}" "${ic_cpu[*]}" <<'PY'
import statistics, sys
m, p, mc, pc = ([float(x) for x in a.split()] for a in sys.argv[1:5])
for name, w, c in (("mga analyze:  ", m, mc), ("insights-core:", p, pc)):
    print(f"{name} wall median {statistics.median(w):.2f} s (min {min(w):.2f}, max {max(w):.2f}); "
          f"CPU median {statistics.median(c):.2f} s (min {min(c):.2f}, max {max(c):.2f})")
print(f"ratio mga/insights-core: wall {statistics.median(m) / statistics.median(p):.2f}, "
      f"CPU {statistics.median(mc) / statistics.median(pc):.2f}  (target < 1)")
PY
