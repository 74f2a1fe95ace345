#!/usr/bin/env bash
# Bench (not a test), issues 8 and 21: the month's review page for N employees, each with a writ (default 5,000),
# its last page, a search, the first and the last employee's explanation and the other pages, fetched over HTTP from
# `ustau serve`'s page. Usage: tools/bench-web.sh [EMPLOYEES]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
mvn -q -DskipTests package test-compile
cp=target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tools/bench_payroll.py "$((n * 8))" "$work" 1  # 8 lines per employee, a writ for each
java -jar target/ustau.jar writs import "$work/writs.csv" --db "$work/db" >/dev/null
java -jar target/ustau.jar month run --db "$work/db" --period 2026-10 --payroll "$work/payroll.csv" \
  --employer sample-payroll/employer.properties --out "$work/months/2026-10" --now 2026-11-06T09:00 2>/dev/null
echo "month 2026-10: $n employees, $n writs; explain.txt $(du -h "$work/months/2026-10/explain.txt" | cut -f1)"
java -Xmx256m -cp "$cp" kz.ustau.bench.WebBench "$work/db" "$work/months" 2026-10 E0000042 "$(printf "E%07d" $((n - 1)))"
