#!/usr/bin/env bash
# Bench (not a test): `run` over a generated canonical payroll of N lines (default 1,000,000) under -Xmx256m.
# Prints the wall time, the peak RSS and the summary line. Usage: tools/bench.sh [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/ustau.jar ] || mvn -q -DskipTests package
python3 tools/bench_payroll.py "$lines" "$work"
ls -l "$work"/payroll.csv | awk '{print "payroll.csv: " $5 " bytes"}'
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak RSS: %M KiB" java -Xmx256m -jar target/ustau.jar run --payroll "$work/payroll.csv" \
    --writs "$work/writs.csv" --employer sample-payroll/employer.properties --out "$work/out" \
    --now 2026-11-02T09:00 --lang ru 2> >(grep -v '^\[ru\]' >&2)
else
  java -Xmx256m -jar target/ustau.jar run --payroll "$work/payroll.csv" --writs "$work/writs.csv" \
    --employer sample-payroll/employer.properties --out "$work/out" --now 2026-11-02T09:00 --lang ru 2>/dev/null
fi
end=$(date +%s.%N)
echo "wall: $(echo "$end - $start" | bc) s for $lines lines"
