#!/usr/bin/env bash
# The four real OpenShift 4.8/4.9 must-gathers that openshift/must-gather-clean keeps as test data
# (test/files/must-gather-{aws,azure,metal,vsphere}.tar.xz: healthy CI clusters), analysed by mga:
# per capture its completeness, artifacts by status, findings by severity, and whether every node
# service log under host_service_logs/ was read. They are healthy, so any warning or critical
# finding, any failed artifact or any unread service log is a bug of mga (issue 10).
#
# The archives are never part of this repository: they are taken from MG_CLEAN (a checkout), a bare
# mirror at MG_CLEAN_GIT (default /work/.mirror/openshift+must-gather-clean/repo), or a shallow
# clone of https://github.com/openshift/must-gather-clean into WORKDIR.
# Usage: bench/real-must-gathers.sh [WORKDIR=/tmp/mga-real-must-gathers]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/mga-real-must-gathers}"
mkdir -p "$work"
cd "$root"
platforms=(aws azure metal vsphere)
for p in "${platforms[@]}"; do
  f="$work/must-gather-$p.tar.xz"
  [ -s "$f" ] && continue
  if [ -n "${MG_CLEAN:-}" ]; then
    cp "$MG_CLEAN/test/files/must-gather-$p.tar.xz" "$f"
  elif [ -d "${MG_CLEAN_GIT:-/work/.mirror/openshift+must-gather-clean/repo}" ]; then
    git --git-dir="${MG_CLEAN_GIT:-/work/.mirror/openshift+must-gather-clean/repo}" show "HEAD:test/files/must-gather-$p.tar.xz" > "$f"
  else
    [ -d "$work/must-gather-clean" ] || git clone -q --depth 1 https://github.com/openshift/must-gather-clean "$work/must-gather-clean"
    cp "$work/must-gather-clean/test/files/must-gather-$p.tar.xz" "$f"
  fi
done
status=0
for p in "${platforms[@]}"; do
  ./mga analyze "$work/must-gather-$p.tar.xz" -f json -o "$work/$p.json" --no-progress 2>/dev/null || true
  python3 - "$work/$p.json" "$p" <<'PY' || status=1
import collections, json, sys
r = json.load(open(sys.argv[1]))
arts = r["artifacts"]
by = collections.Counter(a["status"] for a in arts)
sev = collections.Counter(f["severity"] for f in r["findings"])
services = [a for a in arts if "/host_service_logs/" in a["path"]]
unread = [a["path"] for a in services if a["status"] != "parsed"]
comp = r["inputs"][0].get("completeness", {})
print(f"{sys.argv[2]:8} {comp.get('status', '?'):9} artifacts {dict(by)}; findings {dict(sev) or 'none'}; "
      f"node service logs read {len(services) - len(unread)} of {len(services)}")
for f in r["findings"]:
    print(f"         {f['severity']:8} {f['ruleId']}: {f['summary'][:110]}")
bad = by.get("failed", 0) or sev.get("warning", 0) or sev.get("critical", 0) or unread
sys.exit(1 if bad else 0)
PY
done
exit $status
