#!/usr/bin/env bash
# Bench (not a test), issue 8: the month's review page for N employees, each with a writ (default 5,000), and the
# other pages, fetched over HTTP from `ustau serve`'s page. Usage: tools/bench-web.sh [EMPLOYEES]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
mvn -q -DskipTests package test-compile
cp=target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$work" <<'PY'
import sys, pathlib
n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
def check(d):
    for w in ([1,2,3,4,5,6,7,8,9,10,11], [3,4,5,6,7,8,9,10,11,1,2]):
        c = sum(int(a)*b for a, b in zip(d, w)) % 11
        if c != 10:
            return c
iins, s = [], 0
while len(iins) < n:
    s += 1
    body = f"{60 + s % 40:02d}{1 + s % 12:02d}{1 + s % 28:02d}3{s % 10000:04d}"
    c = check(body)
    if c is not None:
        iins.append(body + str(c))
        iins = list(dict.fromkeys(iins))
with open(out / "writs.csv", "w", encoding="utf-8") as f:
    f.write("writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,claimant_bic,bailiff_name,case_number,writ_date\n")
    for k, iin in enumerate(iins):
        f.write(f"W{k:06d},{iin},CHILD_SUPPORT,1/4,2026-01,Сейтқалиева Дина,900303460005,KZ90601A100000000001,HSBKKZKX,Тұрсынов А.Б.,02-{k},2026-01-15\n")
with open(out / "payroll.csv", "w", encoding="utf-8") as f:
    f.write("employee_id,iin,full_name,period,pay_date,code,amount\n")
    for i, iin in enumerate(iins):
        for code, amt in (("SALARY", "350000.00"), ("BONUS", "50000.00"), ("OPV", "40000.00"), ("VOSMS", "8000.00"), ("IPN", "22225.00")):
            f.write(f"E{i:06d},{iin},Сейтқали Ерлан Бақытұлы,2026-10,2026-11-05,{code},{amt}\n")
PY
java -jar target/ustau.jar writs import "$work/writs.csv" --db "$work/db" >/dev/null
java -jar target/ustau.jar month run --db "$work/db" --period 2026-10 --payroll "$work/payroll.csv" \
  --employer sample-payroll/employer.properties --out "$work/months/2026-10" --now 2026-11-06T09:00 2>/dev/null
echo "month 2026-10: $n employees, $n writs; explain.txt $(du -h "$work/months/2026-10/explain.txt" | cut -f1)"
java -Xmx256m -cp "$cp" kz.ustau.bench.WebBench "$work/db" "$work/months" 2026-10 E000042
