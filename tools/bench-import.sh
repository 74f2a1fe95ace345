#!/usr/bin/env bash
# Bench (not a test), issue 4: a wide XLSX of N rows and a long windows-1251 CSV of N lines through a mapping under
# -Xmx256m, next to the bare reads (POI SAX, opencsv) and POI's XSSFWorkbook. Usage: tools/bench-import.sh [N] [--usermodel-heap 8g]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
usermodel_heap=${3:-8g}
mvn -q -DskipTests package test-compile
cp=target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { java "$@"; }
run -Xmx3g -cp "$cp" kz.ustau.bench.ImportBench gen-xlsx "$work/wide.xlsx" "$n"  # shared strings: SXSSF keeps them
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench gen-csv "$work/long.csv" "$n"
ls -l "$work"
common=(--writs sample-payroll/writs.csv --employer sample-payroll/employer.properties --now 2026-11-02T09:00 --max-rows 20000000)
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench ustau "$work/wide.xlsx" run --payroll "$work/wide.xlsx" --mapping tools/bench-svod.properties --out "$work/o1" "${common[@]}"
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-sax "$work/wide.xlsx" \
  || run -Xmx1g -cp "$cp" kz.ustau.bench.ImportBench bare-sax "$work/wide.xlsx"  # POI's shared strings live in the heap
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench ustau "$work/long.csv" run --payroll "$work/long.csv" --mapping preset:1c-vedomost --out "$work/o2" "${common[@]}"
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-opencsv "$work/long.csv"
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-fastcsv "$work/long.csv"
# the reading alone (no month computed), each in five fresh JVMs, alternating with the bare read: the medians
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
reads=(); bares=(); fasts=()
for i in 1 2 3 4 5; do
  reads+=("$(run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench read "$work/long.csv" preset:1c-vedomost | grep -o '[0-9]* ms' | head -1 | cut -d' ' -f1)")
  bares+=("$(run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-opencsv "$work/long.csv" | grep -o '[0-9]* ms' | head -1 | cut -d' ' -f1)")
  fasts+=("$(run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-fastcsv "$work/long.csv" | grep -o '[0-9]* ms' | head -1 | cut -d' ' -f1)")
done
r=$(printf '%s\n' "${reads[@]}" | median); b=$(printf '%s\n' "${bares[@]}" | median); f=$(printf '%s\n' "${fasts[@]}" | median)
echo "CSV reading through preset:1c-vedomost, fresh JVM, median of 5: $r ms (${reads[*]}); bare opencsv: $b ms (${bares[*]}); ratio $(echo "scale=2; $r / $b" | bc); bare FastCSV: $f ms (${fasts[*]}); ratio $(echo "scale=2; $r / $f" | bc)"
# the reading alone (no month computed), cold then steady (the same read again in the same JVM), next to the bare read
run -Drounds=3 -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench read "$work/long.csv" preset:1c-vedomost
run -Drounds=3 -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-opencsv "$work/long.csv"
run -Drounds=3 -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench bare-fastcsv "$work/long.csv"
run -Xmx256m -cp "$cp" kz.ustau.bench.ImportBench usermodel "$work/wide.xlsx" || echo "usermodel with -Xmx256m: failed (see above)"
run -Xmx"$usermodel_heap" -cp "$cp" kz.ustau.bench.ImportBench usermodel "$work/wide.xlsx" || echo "usermodel with -Xmx$usermodel_heap: failed"
