#!/usr/bin/env bash
# Bench (not a test): `run` over a generated canonical payroll of N lines (default 1,000,000) under -Xmx256m, next to
# a bare opencsv read of the same file (issue 21's yardstick), each in a JVM of its own; prints both times, the ratio
# and Ustau's peak RSS. Usage: tools/bench.sh [LINES] [wide]
#   default: 8 lines per employee, a writ for every 20th;
#   wide: 16 codes per employee and a debtor in every 12, as a large employer's month looks.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
shape=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -DskipTests package test-compile
cp=target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
if [ "$shape" = wide ]; then
  python3 tools/bench_payroll.py "$lines" "$work" 12 wide
else
  python3 tools/bench_payroll.py "$lines" "$work"
fi
ls -l "$work"/payroll.csv | awk '{print "payroll.csv: " $5 " bytes"}'
echo "writs: $(($(wc -l < "$work/writs.csv") - 1))"
bare_start=$(date +%s.%N)
java -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-canonical "$work/payroll.csv"
bare_end=$(date +%s.%N)
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS: %M KiB" java -Xmx256m -jar target/ustau.jar run --payroll "$work/payroll.csv" \
  --writs "$work/writs.csv" --employer sample-payroll/employer.properties --out "$work/out" \
  --now 2026-11-02T09:00 --lang ru 2> >(grep -v '^\[ru\]' >&2)
end=$(date +%s.%N)
bare=$(echo "$bare_end - $bare_start" | bc)
ustau=$(echo "$end - $start" | bc)
echo "wall: ustau run $ustau s, bare opencsv read $bare s (both whole JVMs), ratio $(echo "scale=2; $ustau / $bare" | bc), for $lines lines"
