#!/usr/bin/env python3
"""Writes the sample month (sample-payroll/payroll.csv) again as the exports accountants really have, for the
mapping presets (docs/mapping.md): a 1C «Свод начислений и удержаний» (wide XLSX, Russian, merged headers,
subtotals), a 1C «Расчетная ведомость» (long CSV, windows-1251, `;`, decimal commas, totals), and a Kazakh-language
sheet (wide XLSX). Each gives the same deductions.csv as the canonical file (CasesTest proves it).
Run from the project root: python3 tools/sample_exports.py"""
import csv, datetime, pathlib, sys
from collections import OrderedDict, defaultdict
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import xlsx_writer as xw

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "sample-payroll"
rows = list(csv.DictReader(open(OUT / "payroll.csv", encoding="utf-8")))

emp = OrderedDict()
for r in rows:
    e = emp.setdefault(r["employee_id"], {"name": r["full_name"], "iin": r["iin"], "dismissal": r["dismissal_date"],
                                           "new_employer": r["new_employer"], "new_address": r["new_address"],
                                           "codes": defaultdict(Decimal), "lines": [], "pay": set()})
    e["codes"][r["code"]] += Decimal(r["amount"])
    e["lines"].append(r)
    if r["code"] != "ADVANCE":
        e["pay"].add(r["pay_date"])

def pay_date(e):
    return max(e["pay"]) if e["pay"] else max(l["pay_date"] for l in e["lines"])

def department(eid):
    n = int(eid[1:4])
    return "Строительный участок №1" if n <= 15 else ("Строительный участок №2" if n <= 30 else "Администрация")

def d(s):
    return datetime.date.fromisoformat(s)

WIDE = [  # code, Russian header, Kazakh header, group
    ("SALARY", "Оклад", "Лауазымдық жалақы", "acc"), ("BONUS", "Премия", "Сыйлықақы", "acc"),
    ("OVERTIME", "Сверхурочные", "Үстеме жұмыс", "acc"), ("VACATION_COMP", "Компенсация отпуска", "Демалыс өтемақысы", "acc"),
    ("BUSINESS_TRIP", "Командировочные", "Іссапар шығыстары", "acc"), ("MATERIAL_AID", "Мат. помощь", "Материалдық көмек", "acc"),
    ("CHILDCARE_BENEFIT", "Пособие по уходу за ребенком", "Бала күтіміне жәрдемақы", "acc"),
    ("IPN", "ИПН", "ЖТС", "ded"), ("OPV", "ОПВ", "МЗЖ", "ded"), ("VOSMS", "ВОСМС", "МӘМСҚ жарнасы", "ded"),
    ("UNION_DUES", "Профвзносы", "Кәсіподақ жарнасы", "ded"), ("WRIT_WITHHELD", "По исп. документам", "Атқару парақтары бойынша", "ded"),
    ("ADVANCE", "Аванс", "Аванс", "paid"), ("OPVR", "ОПВР", "ЖМЗЖ", "emp"), ("SO", "СО", "ӘА", "emp"),
]

def money(x):
    return float(x) if x == x.to_integral_value() else str(x)

# ---------- 1C «Свод начислений и удержаний» (wide, XLSX, Russian)
sh = xw.Sheet("Свод")
sh.row(1, ["ТОО «Дала Құрылыс»"])
sh.row(2, [("bold", "Свод начислений, удержаний и выплат за октябрь 2026 г.")])
sh.row(3, ["Единица измерения: тенге"])
fixed = ["Таб. №", "Сотрудник", "ИИН", "Дата выплаты", "Дата увольнения"]
groups = {"acc": "Начислено", "ded": "Удержано", "paid": "Выплачено", "emp": "Взносы работодателя"}
upper, lower = [("bold", h) for h in fixed], [None] * len(fixed)
col = len(fixed)
last_group = None
for code, ru, kk, g in WIDE:
    if g != last_group:
        start = col
        upper.append(("bold", groups[g]))
        last_group = g
    else:
        upper.append(None)
    lower.append(("bold", ru))
    col += 1
# merges for the groups and the fixed columns
c = len(fixed)
for g in ["acc", "ded", "paid", "emp"]:
    n = sum(1 for w in WIDE if w[3] == g)
    if n > 1:
        sh.merges.append(f"{xw.col_letter(c)}5:{xw.col_letter(c + n - 1)}5")
    c += n
for i in range(len(fixed)):
    sh.merges.append(f"{xw.col_letter(i)}5:{xw.col_letter(i)}6")
sh.row(5, upper)
sh.row(6, lower)
r = 7
current_dep = None
dep_start = r
def subtotal(label, first, last):
    cells = [label] + [None] * (len(fixed) - 1)
    for i in range(len(WIDE)):
        L = xw.col_letter(len(fixed) + i)
        total = sum((emp[e]["codes"].get(WIDE[i][0], Decimal(0)) for e in rows_in[first:last]), Decimal(0))
        cells.append(("formula", f"SUBTOTAL(9,{L}{first_row[first]}:{L}{r - 1})", str(total)))
    return cells
rows_in, first_row = [], {}
dep_first_index = 0
for k, (eid, e) in enumerate(emp.items()):
    dep = department(eid)
    if current_dep is not None and dep != current_dep:
        sh.row(r, subtotal(f"Итого по подразделению «{current_dep}»", dep_first_index, len(rows_in)))
        r += 1
        dep_first_index = len(rows_in)
    if current_dep != dep:
        first_row[len(rows_in)] = r
    current_dep = dep
    cells = [eid, e["name"], e["iin"], ("date", d(pay_date(e))), ("date", d(e["dismissal"])) if e["dismissal"] else None]
    for i, (code, ru, kk, g) in enumerate(WIDE):
        v = e["codes"].get(code)
        if v is None:
            cells.append(None)
        elif k % 9 == 4 and code == "SALARY":
            cells.append(f"{v:,.2f}".replace(",", " ").replace(".", ","))   # a number stored as text, 1C-style
        else:
            cells.append(money(v))
    sh.row(r, cells)
    rows_in.append(eid)
    r += 1
sh.row(r, subtotal(f"Итого по подразделению «{current_dep}»", dep_first_index, len(rows_in)))
r += 1
grand = ["ИТОГО"] + [None] * (len(fixed) - 1)
for i in range(len(WIDE)):
    total = sum((e["codes"].get(WIDE[i][0], Decimal(0)) for e in emp.values()), Decimal(0))
    grand.append(("num", str(total)))
sh.row(r, grand)
sh.row(r + 2, ["Главный бухгалтер ____________ Смагулова А. Н."])
sh.widths = {0: 9, 1: 34, 2: 14, 3: 12, 4: 12}
xw.write(OUT / "1c-svod-2026-10.xlsx", [sh])

# ---------- 1C «Расчетная ведомость» (long, CSV, windows-1251, ;)
KINDS = {"SALARY": "Оклад по дням", "BONUS": "Премия месячная", "OVERTIME": "Оплата сверхурочных часов",
         "VACATION_COMP": "Компенсация за неиспользованный отпуск", "BUSINESS_TRIP": "Командировочные",
         "MATERIAL_AID": "Материальная помощь", "CHILDCARE_BENEFIT": "Пособие по уходу за ребенком до 1,5 лет",
         "IPN": "ИПН", "OPV": "ОПВ", "VOSMS": "ВОСМС", "UNION_DUES": "Профсоюзные взносы",
         "WRIT_WITHHELD": "Удержание по исполнительному листу", "ADVANCE": "Аванс за первую половину месяца",
         "OPVR": "ОПВР", "SO": "Социальные отчисления"}
def cp(s):
    for a, b in zip("әғқңөұүһӘҒҚҢӨҰҮҺ", "агкноуухАГКНОУУХ"):
        s = s.replace(a, b)
    return s
def amt(x):
    s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if x < 0 else "") + s
lines = ["Расчетная ведомость за Октябрь 2026 г.", "Организация: ТОО «Дала Курылыс»; БИН 100440024686", "",
         "Таб. №;Сотрудник;ИИН;Вид расчета;Дата выплаты;Сумма;Дата увольнения"]
total = Decimal(0)
for eid, e in emp.items():
    first = True
    sub = Decimal(0)
    for l in e["lines"]:
        pd = datetime.date.fromisoformat(l["pay_date"]).strftime("%d.%m.%Y")
        dis = datetime.date.fromisoformat(l["dismissal_date"]).strftime("%d.%m.%Y") if l["dismissal_date"] else ""
        who = [eid, cp(e["name"]), e["iin"]] if first else ["", "", ""]
        lines.append(";".join(who + [KINDS[l["code"]], pd, amt(Decimal(l["amount"])), dis]))
        first = False
        sub += Decimal(l["amount"])
    lines.append(";".join(["", f"Итого по сотруднику {eid}", "", "", "", amt(sub), ""]))
    total += sub
lines.append(";".join(["ИТОГО", "", "", "", "", amt(total), ""]))
(OUT / "1c-vedomost-2026-10.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))

# ---------- Kazakh-language sheet (wide, XLSX)
sh = xw.Sheet("Ведомость")
sh.row(1, [("bold", "ТОО «Дала Құрылыс» — 2026 жылғы қазан айына жалақы ведомосы")])
sh.row(2, ["Өлшем бірлігі: теңге"])
head = ["Табель №", "Аты-жөні", "ЖСН", "Төлем күні", "Жұмыстан шыққан күні", "Жаңа жұмыс орны", "Жаңа мекенжайы"] + [w[2] for w in WIDE]
sh.row(4, [("bold", h) for h in head])
r = 5
for eid, e in emp.items():
    cells = [eid, e["name"], e["iin"], pay_date(e).replace("-", ".") if False else ("date", d(pay_date(e))),
             e["dismissal"] and datetime.date.fromisoformat(e["dismissal"]).strftime("%d.%m.%Y") or None,
             e["new_employer"] or None, e["new_address"] or None]
    for code, ru, kk, g in WIDE:
        v = e["codes"].get(code)
        cells.append(None if v is None else money(v))
    sh.row(r, cells)
    r += 1
sh.row(r, ["Жиыны"] + [None] * 6 + [("formula", f"SUM({xw.col_letter(7 + i)}5:{xw.col_letter(7 + i)}{r - 1})", str(sum((e['codes'].get(WIDE[i][0], Decimal(0)) for e in emp.values()), Decimal(0)))) for i in range(len(WIDE))])
xw.write(OUT / "kk-tabel-2026-10.xlsx", [sh], creator="Бухгалтерия")
print("written: 1c-svod-2026-10.xlsx, 1c-vedomost-2026-10.csv, kk-tabel-2026-10.xlsx")
