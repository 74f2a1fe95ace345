#!/usr/bin/env python3
"""Generates sample-payroll/: a realistic month (October 2026, paid 5 November) of a Kazakh construction company,
with writs that between them exercise every rule of RULES §2-§7. Deterministic: run it again and nothing changes.
Run from the project root: python3 tools/sample_payroll.py"""
import csv, io, pathlib, random
from decimal import Decimal, ROUND_HALF_UP

rnd = random.Random(2026)
OUT = pathlib.Path(__file__).resolve().parent.parent / "sample-payroll"
MRP = Decimal(4325)

def check_digit(d11):
    for w in ([1,2,3,4,5,6,7,8,9,10,11], [3,4,5,6,7,8,9,10,11,1,2]):
        c = sum(int(a)*b for a, b in zip(d11, w)) % 11
        if c != 10:
            return c
    return None

def iin(y, m, d, male, serial):
    century = 3 if y < 2000 else 5
    body = f"{y%100:02d}{m:02d}{d:02d}{century + (0 if male else 1)}{serial:04d}"
    while check_digit(body) is None:
        serial += 1
        body = f"{y%100:02d}{m:02d}{d:02d}{century + (0 if male else 1)}{serial:04d}"
    return body + str(check_digit(body))

def bin_(yy, mm, serial):
    body = f"{yy:02d}{mm:02d}40{serial:05d}"
    while check_digit(body) is None:
        serial += 1
        body = f"{yy:02d}{mm:02d}40{serial:05d}"
    return body + str(check_digit(body))

def iban(bank, account):
    bban = f"{bank}{account}"
    num = "".join(str(int(c, 36)) for c in bban + "KZ00")
    check = 98 - int(num) % 97
    return f"KZ{check:02d}{bban}"

BANKS = [("601", "HSBKKZKX"), ("722", "CASPKZKA"), ("965", "IRTYKZKA"), ("856", "KCJBKZKX"), ("551", "KSNVKZKA")]

MEN = [("Абенов", "Серік", "Болатұлы"), ("Жақсылықов", "Нұрлан", "Ерланұлы"), ("Иванов", "Дмитрий", "Сергеевич"),
       ("Оспанов", "Ержан", "Қайратұлы"), ("Ким", "Виктор", "Александрович"), ("Сәрсенбаев", "Айдос", "Мұратұлы"),
       ("Петров", "Алексей", "Николаевич"), ("Тоқтаров", "Бауыржан", "Серікұлы"), ("Ахметов", "Руслан", "Маратович"),
       ("Құдайбергенов", "Әлихан", "Ғалымұлы"), ("Смирнов", "Андрей", "Викторович"), ("Нұрмағанбетов", "Дәурен", "Асқарұлы"),
       ("Мұқанов", "Талғат", "Өмірзақұлы"), ("Беляев", "Игорь", "Петрович"), ("Есенов", "Қанат", "Бақытұлы"),
       ("Шәріпов", "Мақсат", "Нұрланұлы"), ("Ли", "Артур", "Ким-Сенович"), ("Жұмабаев", "Ғани", "Үсенұлы"),
       ("Қасымов", "Еркін", "Әбілұлы"), ("Федоров", "Максим", "Андреевич"), ("Байжанов", "Ұлан", "Төлегенұлы"),
       ("Серікбаев", "Асхат", "Жанұлы"), ("Омаров", "Тимур", "Рашидович"), ("Әбдірахманов", "Өмір", "Сейітұлы"),
       ("Мусин", "Олжас", "Ерболович"), ("Қожахметов", "Нұржан", "Маратұлы")]
WOMEN = [("Сейтқалиева", "Дина", "Маратқызы"), ("Иванова", "Ольга", "Николаевна"), ("Омарова", "Гүлнар", "Асқарқызы"),
         ("Ахметова", "Әйгерім", "Қайратқызы"), ("Петрова", "Анна", "Игоревна"), ("Нұрланова", "Жанар", "Серікқызы"),
         ("Ким", "Елена", "Вячеславовна"), ("Бекова", "Сәуле", "Ержанқызы"), ("Тұрсынова", "Мөлдір", "Бағдатқызы"),
         ("Смагулова", "Айжан", "Нурлановна"), ("Қайратова", "Үміт", "Өміржанқызы"), ("Лебедева", "Мария", "Сергеевна"),
         ("Жақсыбекова", "Ақмарал", "Һамитқызы"), ("Сұлтанова", "Балжан", "Ерікқызы"), ("Волкова", "Татьяна", "Олеговна"),
         ("Ермекова", "Гаухар", "Талғатқызы"), ("Әлиева", "Камила", "Рустамовна"), ("Досова", "Ләззат", "Бекқызы"),
         ("Мұратова", "Інжу", "Нұрболқызы")]

def person(i, male):
    sur, name, patr = (MEN if male else WOMEN)[i]
    y = rnd.randint(1975, 1999); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    return f"{sur} {name} {patr}", iin(y, m, d, male, rnd.randint(100, 8999))

def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

PERIOD, ADVANCE_DATE, PAY_DATE = "2026-10", "2026-10-20", "2026-11-05"
# T001-T026 are men, T027-T045 women, each block in a shuffled order
men = [("M", i) for i in range(26)]
women = [("F", i) for i in range(19)]
rnd.shuffle(men)
rnd.shuffle(women)
employees = men + women

rows = []
people = {}
def accrue(eid, name, iin_, code, amount, pay=PAY_DATE, dismissal="", new_emp="", new_addr=""):
    rows.append([eid, iin_, name, PERIOD, pay, code, f"{money(amount):.2f}", dismissal, new_emp, new_addr])

def taxes(eid, name, iin_, gross, extra=None, **kw):
    opv = money(gross * Decimal("0.10"))
    vosms = money(gross * Decimal("0.02"))
    ipn = max(Decimal(0), money((gross - opv - vosms - 30 * MRP) * Decimal("0.10")))
    accrue(eid, name, iin_, "OPV", opv, **kw)
    accrue(eid, name, iin_, "VOSMS", vosms, **kw)
    accrue(eid, name, iin_, "IPN", ipn, **kw)
    accrue(eid, name, iin_, "OPVR", money(gross * Decimal("0.035")), **kw)
    accrue(eid, name, iin_, "SO", money((gross - opv) * Decimal("0.05")), **kw)

for n, (sex, i) in enumerate(employees, start=1):
    eid = f"T{n:03d}"
    name, iin_ = person(i, sex == "M")
    people[eid] = (name, iin_)

# The debtors, by personnel number, with what their month looks like.
special = {
 "T003": dict(salary=420000, bonus=60000),                       # W01 1/4, one child
 "T007": dict(salary=380000, overtime=45000),                     # W02 1/3, two children
 "T011": dict(salary=330000),                                     # W03 1/2, three children, arrears: cap binds
 "T014": dict(salary=260000),                                     # W04 spouse support 6 MRP
 "T018": dict(salary=520000, bonus=80000, trip=95000),            # W05 + W06: two families, cap binds
 "T021": dict(salary=290000),                                     # W07 bank loan (OTHER) through the bailiff + W12 child
 "T030": dict(childcare=68000),                                   # W08 on child-care leave: no base, fixed sum becomes debt
 "T024": dict(salary=310000, vacation_comp=120000, dismissal="2026-10-30"),  # W09 dismissed
 "T026": dict(salary=240000, reversal=-15000),                    # W10 fixed tenge indexed; a storno line
 "T036": dict(salary=180000),                                     # W11 tax writ (queue 4)
 "T009": dict(salary=450000),                                     # W13 debt_share with arrears
 "T012": dict(salary=200000, material_aid=100000),                # W14 ended writ, arrears left
 "T016": dict(salary=150000, parttime=90000),                     # W15 main job + internal part-time (T016-2)
}

for eid, (name, iin_) in people.items():
    spec = special.get(eid, dict(salary=rnd.choice([165000, 198000, 215000, 247000, 285000, 312000, 356000, 410000, 475000, 620000, 880000])))
    kw = {}
    if "dismissal" in spec:
        # the final settlement is paid on the last working day (Labour Code art. 113)
        kw = dict(pay=spec["dismissal"], dismissal=spec["dismissal"], new_emp="ТОО «Алатау Жол Сервис»", new_addr="Алматы қ., Рысқұлов даңғылы 57, 12-пәтер")
    gross = Decimal(0)
    if "salary" in spec:
        adv = money(Decimal(spec["salary"]) * Decimal("0.4"))
        accrue(eid, name, iin_, "SALARY", spec["salary"], **kw); gross += spec["salary"]
        accrue(eid, name, iin_, "ADVANCE", adv, **{**kw, "pay": ADVANCE_DATE})
    for key, code in [("bonus", "BONUS"), ("overtime", "OVERTIME"), ("vacation_comp", "VACATION_COMP")]:
        if key in spec:
            accrue(eid, name, iin_, code, spec[key], **kw); gross += spec[key]
    if "trip" in spec:
        accrue(eid, name, iin_, "BUSINESS_TRIP", spec["trip"], **kw)
    if "material_aid" in spec:
        accrue(eid, name, iin_, "MATERIAL_AID", spec["material_aid"], **kw)
    if "childcare" in spec:
        accrue(eid, name, iin_, "CHILDCARE_BENEFIT", spec["childcare"], **kw)
    if "reversal" in spec:
        accrue(eid, name, iin_, "BONUS", spec["reversal"], **kw); gross += spec["reversal"]
    if gross > 0:
        taxes(eid, name, iin_, Decimal(gross), **kw)
    if eid == "T003":  # the payroll's own writ figure, as Ustau computes it: no warning
        accrue(eid, name, iin_, "WRIT_WITHHELD", "98283.75")
    if eid == "T007":  # the payroll took 1/3 of the gross, not of the base: warned
        accrue(eid, name, iin_, "WRIT_WITHHELD", "141666.67")
    if eid in ("T005", "T016"):
        accrue(eid, name, iin_, "UNION_DUES", money(Decimal(spec["salary"]) * Decimal("0.01")))
    if "parttime" in spec:  # the same person's internal part-time post: one debtor, one base
        accrue(eid + "-2", name, iin_, "SALARY", spec["parttime"])
        taxes(eid + "-2", name, iin_, Decimal(spec["parttime"]))

rows.sort(key=lambda r: (r[0], r[5] != "SALARY"))
header = ["employee_id", "iin", "full_name", "period", "pay_date", "code", "amount", "dismissal_date", "new_employer", "new_address"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(header); w.writerows(rows)
OUT.mkdir(exist_ok=True)
(OUT / "payroll.csv").write_text(buf.getvalue(), encoding="utf-8")

acc = iter(range(1, 1000))
def claimant(i, male=False):
    name, i_ = person(i, male)
    bank, bic = BANKS[i % len(BANKS)]
    return name, i_, iban(bank, f"{next(acc):013d}"), bic

BAILIFFS = [("Жеке сот орындаушысы Тұрсынов Алмас Бекұлы", "Алматы қаласы бойынша өңірлік палата", "Алматы қ., Абай даңғылы 10, 5-кеңсе", "tursynov.a@palata.kz"),
            ("Частный судебный исполнитель Кравченко Ольга Ивановна", "Региональная палата г. Астаны", "Астана қ., Мәңгілік Ел даңғылы 24, офис 301", "kravchenko@chsi.kz"),
            ("Алматы қаласы ӘД Әділет департаментінің сот орындаушысы Ерғалиев Д.С.", "Алматы қаласы Әділет департаменті", "Алматы қ., Жібек Жолы 50", "")]
COURT = "Алматы қаласының мамандандырылған ауданаралық кәмелетке толмағандардың істері жөніндегі соты"
writs = []
def writ(wid, eid, kind, share="", fixed="", unit="", children="", start="2024-01", end="", debt="", debt_share="",
         cl=None, date="2024-01-15", payee=None, indexed="", special_acc="", bailiff=0, number=None, court=COURT):
    name, debtor_iin = people[eid]
    cname, ciin, cib, cbic = cl[:4]
    ckbe = cl[4] if len(cl) > 4 else ""  # an organisation's KBe (RULES §8: a BIN never gets a person's 19 by default)
    b = BAILIFFS[bailiff]
    p = payee or ("", "", "", "", "")
    writs.append([wid, debtor_iin, kind, share, fixed, unit, indexed, children, start, end, debt, debt_share,
                  cname, ciin, cib, cbic, ckbe, special_acc, p[0], p[1], p[2], p[3], p[4],
                  b[0], b[1], b[2], b[3], f"{wid[1:]}-{start[:4]}/{rnd.randint(100,999)}", court,
                  number or f"2-{rnd.randint(1000, 9999)}/{date[2:4]}", date])

def c(i):
    return claimant(i % len(WOMEN))

BANK_BIN = bin_(95, 4, 1234)
writ("W01", "T003", "CHILD_SUPPORT", share="1/4", children="1", cl=c(0), date="2023-03-14", start="2023-03")
writ("W02", "T007", "CHILD_SUPPORT", share="1/3", children="2", cl=c(1), date="2022-09-01", start="2022-09", special_acc="yes")
writ("W03", "T011", "CHILD_SUPPORT", share="1/2", children="3", debt="850000.00", cl=c(2), date="2024-06-10", start="2024-02", bailiff=1)
writ("W04", "T014", "SPOUSE_SUPPORT", fixed="6", unit="MRP", cl=c(5), date="2025-02-20", start="2025-03")
writ("W05", "T018", "CHILD_SUPPORT", share="1/3", children="2", cl=c(3), date="2021-11-05", start="2021-11")
writ("W06", "T018", "CHILD_SUPPORT", share="1/4", children="1", cl=c(4), date="2024-08-19", start="2024-09", bailiff=1)
writ("W07", "T021", "OTHER", share="1/2", debt="1450000.00", cl=("АО «Халык Банк Казахстана»", bin_(92, 11, 38), iban("601", "0000000012345"), "HSBKKZKX", "14"),
     date="2025-07-01", start="2025-08", payee=("Жеке сот орындаушысы Тұрсынов Алмас Бекұлы", bin_(15, 3, 77), iban("722", "0000000099911"), "CASPKZKA", "17"),
     number="2-3391/25", court="Алматы қаласы Бостандық аудандық соты")
writ("W08", "T030", "CHILD_SUPPORT", fixed="30000.00", unit="KZT", children="1", debt="60000.00", cl=claimant(7, True), date="2025-01-09", start="2025-01", bailiff=2)
writ("W09", "T024", "CHILD_SUPPORT", share="1/4", children="1", debt="12500.00", cl=c(8), date="2023-12-12", start="2024-01")
writ("W10", "T026", "CHILD_SUPPORT", fixed="25000.00", unit="KZT", children="1", cl=c(9), date="2023-04-03", start="2023-04", indexed="2023-04-03")
writ("W11", "T036", "TAX", debt="185400.00", cl=("РГУ «Управление государственных доходов по Бостандыкскому району»", bin_(8, 7, 41), iban("998", "0000000070001"), "TSESKZKA", "11"),
     date="2026-05-14", start="2026-06", bailiff=2, court="Алматы қаласы мамандандырылған ауданаралық әкімшілік соты")
writ("W12", "T021", "CHILD_SUPPORT", share="1/4", children="1", cl=c(10), date="2024-10-02", start="2024-10")
writ("W13", "T009", "CHILD_SUPPORT", share="1/3", children="2", debt="640000.00", debt_share="1/10", cl=c(11), date="2025-05-05", start="2025-05", bailiff=1)
writ("W14", "T012", "CHILD_SUPPORT", share="1/4", children="1", end="2026-09", debt="96000.00", cl=c(12), date="2019-02-11", start="2019-02")
writ("W15", "T016", "CHILD_SUPPORT", share="1/4", children="1", cl=c(13), date="2025-11-20", start="2025-12")
writ("W16", "T040", "HEALTH_DAMAGE", fixed="45000.00", unit="KZT", cl=claimant(9, True), date="2024-04-22", start="2024-05",
     court="Қарасай аудандық соты")
# a writ whose debtor is not in this month's payroll (on unpaid leave): named in warnings.txt
people["X900"] = person(25, True)
writ("W17", "X900", "CHILD_SUPPORT", share="1/4", children="1", cl=c(14), date="2025-03-03", start="2025-03")

wheader = ["writ_id", "debtor_iin", "kind", "share", "fixed_amount", "fixed_unit", "indexed_from", "children", "start_period",
           "end_period", "debt", "debt_share", "claimant_name", "claimant_iin", "claimant_iban", "claimant_bic", "claimant_kbe",
           "special_account", "payee_name", "payee_bin", "payee_iban", "payee_bic", "payee_kbe", "bailiff_name", "bailiff_office",
           "bailiff_address", "bailiff_email", "case_number", "court", "writ_number", "writ_date"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(wheader); w.writerows(writs)
(OUT / "writs.csv").write_text(buf.getvalue(), encoding="utf-8")

emp_bin = bin_(10, 4, 2468)
(OUT / "employer.properties").write_text(f"""# ТОО «Дала Құрылыс» — the employer of the sample month (CONTRACT §4.3).
employer.name=ТОО «Дала Құрылыс»
employer.bin={emp_bin}
employer.iban={iban("601", "B000000000777")}
employer.bic=HSBKKZKX
employer.address=Алматы қ., Сәтпаев көшесі 30, 050040
employer.head=Бекова Сәуле Ержанқызы
employer.accountant=Смагулова Айжан Нурлановна
employer.phone=+7 727 300 00 00
# KNP confirmed by the employer's bank (RULES §8)
payment.knp.support=390
payment.knp.other=390
# the 1C file (payments-1c.txt): the program named as its sender, and the BINs of the banks as the employer's bank
# gives them, for the ...БанкБИН_ИИН keys (a bank without one here gets no such key; Ustau does not guess a BIN)
payment.1c.sender=Бухгалтерия для Казахстана, редакция 3.0
bank.bin.HSBKKZKX=940140000385
bank.bin.CASPKZKA=971240001315
# RULES.md settings, at their defaults
base.tax=ALL
index.fixed=true
queue1.current_first=true
deadline.days=CALENDAR
transfer.fee=0
""", encoding="utf-8")
print(f"{len(people) - 1} employees (and a part-time post), {len(rows)} payroll lines, {len(writs)} writs")
