#!/usr/bin/env bash
# Rebuilds the committed seed corpora of the fuzz targets from the fixtures: for each target, a
# few real captures of its format, cut to their first 4 KiB (small seeds mutate faster).
# Crash reproducers that Jazzer adds to the same folders are kept (names starting with crash-).
set -euo pipefail
cd "$(dirname "$0")/.."
base=analyzer-core/src/test/resources/dev/mga/core/fuzz
seed() { # seed TARGET FILE...
  local dir="$base/ParserFuzzTestInputs/$1"; shift
  mkdir -p "$dir"
  find "$dir" -type f ! -name 'crash-*' -delete
  for f in "$@"; do head -c 4096 "$f" > "$dir/$(echo "$f" | tr '/' '_' | tail -c 100)"; done
}
q=fixtures/slab/qemu-captures
e=fixtures/etcd/cluster-3.4/healthy
seed anyLooseFile fixtures/slab/loose-case-notes/capture/case-notes/output.txt $q/host-6.18/slabtop-o.txt \
  fixtures/metrics/seed-pasted/capture/oc-adm-top-node.txt $e/endpoint-status-table.txt fixtures/klog/seed-nfd-worker/capture/nfd-worker-4v2pw.log
seed slabCalls fixtures/slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls \
  $q/5.10.0-46-amd64/sys/kernel/slab/kmalloc-512/alloc_calls $q/6.1.0-56-amd64/sys/kernel/debug/slab/kmalloc-32/alloc_traces \
  $q/6.1.0-56-amd64/sys/kernel/debug/slab/kmalloc-32/free_traces $q/6.1.0-56-amd64/sys/kernel/debug/slab/TCP/alloc_traces
seed slabInfo $q/6.1.0-56-amd64/proc/slabinfo
seed slabTop $q/6.1.0-56-amd64/slabtop-o.txt
seed klogLog fixtures/klog/kubectl-v8-unreachable/capture/kubectl-get-pods-v8.log fixtures/klog/seed-nfd-worker/capture/nfd-worker-4v2pw.log
seed deschedulerLog fixtures/descheduler/seed-predictive/capture/*.log \
  fixtures/descheduler/must-gather-automatic/must-gather.local.*/*/namespaces/openshift-kube-descheduler-operator/pods/*/descheduler/descheduler/logs/current.log
seed kubeDescheduler fixtures/descheduler/seed-predictive/capture/*.yaml
seed topNode fixtures/metrics/seed-pasted/capture/oc-adm-top-node.txt fixtures/metrics/kubectl-seed-cluster/capture/top-node-show-capacity.txt
seed topPod fixtures/metrics/seed-pasted/capture/oc-adm-top-pod.txt fixtures/metrics/kubectl-seed-cluster/capture/top-pod-A-containers.txt
seed metricsJson fixtures/metrics/seed-pasted/capture/podmetrics-etcd-master-0.json fixtures/metrics/kubectl-seed-cluster/capture/nodemetrics-list.json
seed nodeMemory fixtures/metrics/seed-pasted/capture/node-memory.txt
seed etcdStatus fixtures/etcd/seed-3.5/capture/case-notes/endpoint-status.txt $e/endpoint-status-json.txt $e/endpoint-status-fields.txt $e/endpoint-status-simple.txt
seed etcdHealth $e/endpoint-health-json.txt $e/endpoint-health-table.txt
seed etcdMemberList $e/member-list-json.txt $e/member-list-fields.txt
seed etcdAlarmList $e/alarm-list-json.txt $e/alarm-list-simple.txt
seed etcdKeyListing $e/get-prefix-fields.txt $e/get-prefix-keys-only.txt fixtures/etcd/seed-3.5/capture/case-notes/count-only.txt fixtures/etcd/seed-3.5/capture/case-notes/top-modrevisions.txt
seed etcdObjectCount $(find fixtures/etcd -name etcd_object_count | head -2)
seed etcdServerLog fixtures/etcd/cluster-3.4/logs/etcd-master-0.log
seed etcdCheckPerf $e/check-perf.txt
seed mustGatherTimestamp fixtures/capture/must-gather-timestamp/*/timestamp
c=fixtures/node/cluster-identity
seed clusterVersion $c/*/cluster-scoped-resources/config.openshift.io/clusterversions/version.yaml
seed infrastructure $c/*/cluster-scoped-resources/config.openshift.io/infrastructures/cluster.yaml
seed sosDate fixtures/node/sosreport-oom/*/sos_commands/date/date fixtures/node/sosreport-oom/*/sos_commands/date/date_--utc
h=fixtures/memory/hugepages-reserved/capture
c=fixtures/memory/command-outputs/capture
k=fixtures/kube/healthy-cluster/capture
seed meminfo $h/proc/meminfo fixtures/memory/seed-meminfo-loop/capture/*/* $h/grep-HugePages_-meminfo.txt
seed free $c/free.txt $c/free-w-h.txt $c/free-g-h-l.txt $c/free-si-h.txt
seed top $c/top-b-n2.txt $c/top-b-Eg-oMEM.txt $c/top-b-w512-c.txt
seed smaps $h/proc/*/smaps $h/proc/*/smaps_rollup $h/grep-A3-demo-smaps.txt
seed procStatus $h/proc/*/status
seed hugepagesSysfs $h/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages $h/sys/kernel/mm/hugepages/hugepages-2048kB/resv_hugepages
seed hugepagesDump $h/grep-H-hugepages.txt
seed sysctl $h/sysctl-a-grep-hugepages.txt
seed hugeadm $h/hugeadm-pool-list.txt $h/hugeadm-list-all-mounts.txt
seed hugepageSizes $h/ls-sys-kernel-mm-hugepages.txt
seed kubeNode $k/cluster-scoped-resources/core/nodes/worker-0.ocp.example.com.yaml
seed kubePod $k/namespaces/dpdk/core/pods.yaml
seed kubeEvent $k/namespaces/dpdk/core/events.yaml
seed kubeAllocatable fixtures/kube/seed-allocatable/capture/case-notes/*
n=fixtures/node
seed kernelLog $n/oom/v2-guest-6.1.0-57/dmesg.txt $n/oom/v1-host-6.18/journalctl-k-o-short-precise.txt \
  $n/oom/issue-pastes/leptonai-gpud-70-oom-kill-line.txt $n/kernel-args/pool-short-6.1.0-57/dmesg-T.txt
seed kernelCmdline $n/kernel-args/pool-short-6.1.0-57/state/proc/cmdline $n/sosreport-oom/sosreport-*/proc/cmdline
seed cgroupMemory $n/cgroup/grep-paste-v1-host/grep-H-memory-files.txt \
  $n/oom/v2-guest-6.12.100/sys/fs/cgroup/kubepods.slice/*/*/*/memory.events \
  $n/cgroup/v1-host-6.18/healthy/sys/fs/cgroup/memory/kubepods.slice/*/*/*/memory.stat
v=$n/vm/frag-hugepages-guest-6.1.0-57/3-after-request
seed vmBuddyinfo $v/proc/buddyinfo $n/vm/host-6.18/proc/buddyinfo
seed vmPagetypeinfo $v/proc/pagetypeinfo
seed vmZoneinfo $v/proc/zoneinfo
seed vmVmstat $v/proc/vmstat
seed vmThp $v/sys/kernel/mm/transparent_hugepage/enabled $n/vm/host-6.18/sys/kernel/mm/transparent_hugepage/defrag
seed etcdMetrics $n/etcd-metrics/loopback-3.4.23/4-watch-11010/metrics.txt
seed kubeletConfig $n/kubelet-config/nto-render-manual/manual_kubeletconfig.yaml $n/kubelet-config/kubernetes-docs-kubelet-config-file/kubelet-config.yaml
seed machineConfig $n/kernel-args/baremetal-deploy/02-machine-config-worker-rt-kargs.yaml
seed performanceProfile $n/kubelet-config/nto-render-manual/performance_profile.yaml
seed nfdConfig $n/nfd/seed-nfd-instance/nfd-instance-worker-config.yaml
echo "seed corpora written under $base"
