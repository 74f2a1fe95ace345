#!/usr/bin/env bash
# Bench (not a test), issue 21: the whole `run` of a generated month under -Xmx256m next to a bare read of the same
# file (its yardstick), each in a JVM of its own, one after the other in one call; prints both times, the ratio and
# Ustau's peak RSS. Usage: tools/bench.sh [LINES] [wide|xlsx]
#   default: canonical CSV, 8 lines per employee, a writ for every 20th; bare read: opencsv;
#   wide:    canonical CSV, 16 codes per employee and a debtor in every 12, as a large employer's month looks;
#   xlsx:    LINES rows of a 1C-style wide XLSX, a row per employee, unique names and IINs as shared strings, a debtor
#            in every 20 (1,000,000 rows: 50,000 writs), read through a mapping; bare read: POI's event API
#            (XSSFReader + XSSFSheetXMLHandler) with all the heap it wants (-Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
shape=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -DskipTests package test-compile
cp=target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
common=(--writs "$work/writs.csv" --employer sample-payroll/employer.properties --out "$work/out"
  --now 2026-11-02T09:00 --lang ru --max-rows 20000000)
if [ "$shape" = xlsx ]; then
  java -Xmx3g -cp "$cp" kz.ustau.bench.ImportBench gen-month-xlsx "$work/month.xlsx" "$lines" "$work/writs.csv"
  input="$work/month.xlsx"
  ustau_args=(run --payroll "$input" --mapping tools/bench-svod.properties "${common[@]}")
  bare=(java -Xmx4g -cp "$cp" kz.ustau.bench.ImportBench bare-sax "$input")
  yardstick="POI event-API read"
else
  if [ "$shape" = wide ]; then
    python3 tools/bench_payroll.py "$lines" "$work" 12 wide
  else
    python3 tools/bench_payroll.py "$lines" "$work"
  fi
  input="$work/payroll.csv"
  ustau_args=(run --payroll "$input" "${common[@]}")
  bare=(java -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-canonical "$input")
  yardstick="bare opencsv read"
fi
ls -l "$input" | awk '{print "input: " $5 " bytes"}'
echo "writs: $(($(wc -l < "$work/writs.csv") - 1))"
bare_start=$(date +%s.%N)
"${bare[@]}"
bare_end=$(date +%s.%N)
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS: %M KiB" java -Xmx256m -jar target/ustau.jar "${ustau_args[@]}" 2> >(grep -v '^\[ru\]' >&2)
end=$(date +%s.%N)
bare_s=$(echo "$bare_end - $bare_start" | bc)
ustau_s=$(echo "$end - $start" | bc)
echo "wall: ustau run $ustau_s s, $yardstick $bare_s s (both whole JVMs), ratio $(echo "scale=2; $ustau_s / $bare_s" | bc), for $lines ${shape:-canonical} lines"
