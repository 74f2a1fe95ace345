#!/usr/bin/env python3
"""Writes payroll.csv (N lines, 8 per employee) and writs.csv (a writ for every K-th employee, default 20) into DIR,
for tools/bench.sh and tools/bench-web.sh. Usage: bench_payroll.py N DIR [K] [wide]
`wide`: 16 codes per employee, as a large employer's month looks (issue 21)."""
import sys, pathlib

def check(d11):
    for w in ([1,2,3,4,5,6,7,8,9,10,11], [3,4,5,6,7,8,9,10,11,1,2]):
        c = sum(int(a)*b for a, b in zip(d11, w)) % 11
        if c != 10:
            return c
    return None

n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
writ_every = int(sys.argv[3]) if len(sys.argv) > 3 else 20
wide = len(sys.argv) > 4 and sys.argv[4] == "wide"
per = 16 if wide else 8
people = []
serial = 0
while len(people) < n // per + 1:
    serial += 1
    body = f"{80 + serial % 19:02d}{1 + serial % 12:02d}{1 + serial % 28:02d}3{serial // 3 % 10000:04d}"
    c = check(body)
    if c is not None:
        people.append(body + str(c))
people = list(dict.fromkeys(people))
codes = [("SALARY", "350000.00"), ("BONUS", "50000.00"), ("BUSINESS_TRIP", "30000.00"), ("ADVANCE", "140000.00"),
         ("OPV", "40000.00"), ("VOSMS", "8000.00"), ("IPN", "22225.00"), ("OPVR", "12250.00")]
if wide:
    codes = [("SALARY", "350000.00"), ("BONUS", "50000.00"), ("OVERTIME", "21000.00"), ("NIGHT", "8400.00"),
             ("ALLOWANCE", "17500.00"), ("BUSINESS_TRIP", "30000.00"), ("VACATION", "0.00"), ("SICK", "12000.00"),
             ("MATERIAL_AID", "15000.00"), ("ADVANCE", "140000.00"), ("OPV", "45000.00"), ("VOSMS", "9000.00"),
             ("IPN", "29890.00"), ("OPVR", "15750.00"), ("SO", "16000.00"), ("UNION_DUES", "4500.00")]
with open(out / "payroll.csv", "w", encoding="utf-8") as f:
    f.write("employee_id,iin,full_name,period,pay_date,code,amount,dismissal_date,new_employer,new_address\n")
    written = 0
    i = 0
    while written < n:
        iin = people[i % len(people)]
        for code, amount in codes:
            if written == n:
                break
            f.write(f"E{i:07d},{iin},Сейтқали Ерлан Бақытұлы,2026-10,2026-11-05,{code},{amount},,,\n")
            written += 1
        i += 1
with open(out / "writs.csv", "w", encoding="utf-8") as f:
    f.write("writ_id,debtor_iin,kind,share,start_period,claimant_name,claimant_iin,claimant_iban,claimant_bic,"
            "bailiff_name,case_number,writ_date\n")
    for k in range(0, i, writ_every):
        f.write(f"W{k:07d},{people[k % len(people)]},CHILD_SUPPORT,1/4,2025-01,Сейтқалиева Дина Маратқызы,"
                f"900303460005,KZ90601A100000000001,HSBKKZKX,Тұрсынов А.Б.,02-{k}-2025,2025-01-15\n")
