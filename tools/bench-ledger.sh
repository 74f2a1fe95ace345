#!/usr/bin/env bash
# Bench (not a test), issue 5: twelve months of a 60,000-employee company (6,000 writs) closed on the ledger.
# Prints the time of each month and the database size. Usage: tools/bench-ledger.sh [EMPLOYEES]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60000}
[ -f target/ustau.jar ] || mvn -q -DskipTests package
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
    if c is not None and body + str(c) not in iins[-50:]:
        iins.append(body + str(c))
iins = list(dict.fromkeys(iins))
with open(out / "writs.csv", "w", encoding="utf-8") as f:
    f.write("writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,claimant_bic,bailiff_name,case_number,writ_date\n")
    for k in range(0, len(iins), 10):
        f.write(f"W{k:06d},{iins[k]},CHILD_SUPPORT,1/4,2026-01,Сейтқалиева Дина,900303460005,KZ90601A100000000001,HSBKKZKX,Тұрсынов А.Б.,02-{k},2026-01-15\n")
months = ["2026-10","2026-11","2026-12","2027-01","2027-02","2027-03","2027-04","2027-05","2027-06","2027-07","2027-08","2027-09"]
for m in months:
    y, mo = map(int, m.split("-"))
    pay = f"{y + (mo == 12)}-{(mo % 12) + 1:02d}-05"
    with open(out / f"payroll-{m}.csv", "w", encoding="utf-8") as f:
        f.write("employee_id,iin,full_name,period,pay_date,code,amount\n")
        for i, iin in enumerate(iins):
            for code, amt in (("SALARY", "350000.00"), ("BONUS", "50000.00"), ("OPV", "40000.00"), ("VOSMS", "8000.00"), ("IPN", "22225.00")):
                f.write(f"E{i:06d},{iin},Сейтқали Ерлан Бақытұлы,{m},{pay},{code},{amt}\n")
PY
cp src/main/resources/kz/ustau/tables/mrp.csv "$work/mrp.csv"
mkdir -p "$work/tables"
{ cat src/main/resources/kz/ustau/tables/mrp.csv; echo '2027-01-01,4500,53000,90000,bench figures'; } > "$work/tables/mrp.csv"
java -jar target/ustau.jar writs import "$work/writs.csv" --db "$work/db"
for m in 2026-10 2026-11 2026-12 2027-01 2027-02 2027-03 2027-04 2027-05 2027-06 2027-07 2027-08 2027-09; do
  start=$(date +%s.%N)
  java -Xmx256m -jar target/ustau.jar month close --db "$work/db" --period "$m" --payroll "$work/payroll-$m.csv" \
    --employer sample-payroll/employer.properties --out "$work/out-$m" --tables "$work/tables" --now "$m-28T09:00" --lang ru 2>"$work/err-$m.txt" || { echo "$m failed:"; tail -3 "$work/err-$m.txt"; exit 1; }
  end=$(date +%s.%N)
  echo "$m: $(echo "$end - $start" | bc) s"
done
du -sh "$work/db" | awk '{print "database: " $1}'
