#!/bin/bash
# Streams a generated 1 GB `etcdctl get / --prefix -w fields` listing through the CLI with a
# 256 MB heap and prints wall time and peak RSS; the generated file is deleted afterwards.
#   mvn -B -q package -DskipTests && bash bench/etcd-fields.sh [bytes]
set -eu
cd "$(dirname "$0")/.."
BYTES=${1:-1073741824}
FILE=$(mktemp /tmp/etcd-fields-XXXXXX.txt)
trap 'rm -f "$FILE"' EXIT
java -cp benchmarks/target/benchmarks.jar dev.mga.bench.etcd.EtcdFieldsGenerator "$BYTES" "$FILE"
/usr/bin/time -v java -Xmx256m -jar analyzer-cli/target/mga.jar analyze "$FILE" -f json -o /dev/null 2> /tmp/etcd-fields-time.txt || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" /tmp/etcd-fields-time.txt
rm -f /tmp/etcd-fields-time.txt
