#!/usr/bin/env bash
# The ledger's soak (issue 13): closes a year of the sample company month by month, each command a JVM of its own,
# then ROUNDS rounds of what a payroll department's machine does to the ledger between months — a read-only command
# killed (kill -9) at a random moment, the last month reopened and closed again and sometimes killed halfway, a
# read-only command run to its end — with a gap of GAP seconds between commands. After every round the ledger as the
# registry and every writ's history show it must be byte for byte what it was after the year was closed.
#
#   tools/soak-ledger.sh [ROUNDS] [GAP]        real gaps: ROUNDS x 3 x GAP seconds
#   FAKE_GAPS=1 tools/soak-ledger.sh 200 70    the gaps made with libfaketime (Debian's faketime): each command runs
#                                              GAP seconds later than the one before, so time-based housekeeping
#                                              (H2's 45 s retention) runs as it would, in minutes instead of hours
#   USTAU_JAR=old.jar tools/soak-ledger.sh …   the same soak on another build (the release before kept H2)
#   BUSY=2 tools/soak-ledger.sh …              with two busy loops beside it, as on an accountant's machine doing other
#                                              work: every command takes longer, and what the database does in the
#                                              background while it is open has time to happen
#
# Prints one line per round and a summary; exits 1 at the first round whose ledger differs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
GAP=${2:-50}
JAR=${USTAU_JAR:-target/ustau.jar}
WORK=${SOAK_DIR:-$(mktemp -d /tmp/ustau-soak-XXXXXX)}
DB="$WORK/db"
EMPLOYER=sample-payroll/employer.properties
[ -f "$JAR" ] || { echo "no $JAR: mvn -q -DskipTests package first" >&2; exit 2; }
busy=()
for i in $(seq 1 "${BUSY:-0}"); do
  ( while :; do :; done ) &
  busy+=($!)
done
trap '[ ${#busy[@]} -gt 0 ] && kill "${busy[@]}" 2>/dev/null; true' EXIT
offset=0
LIBFAKETIME=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -1 || true)
if [ "${FAKE_GAPS:-}" = 1 ] && [ -z "$LIBFAKETIME" ]; then
  echo "FAKE_GAPS=1 needs libfaketime (Debian: apt-get install faketime)" >&2
  exit 2
fi

# one command of the soak; the clock moved GAP seconds on (for real, or with libfaketime)
ustau() {
  if [ "${FAKE_GAPS:-}" = 1 ]; then
    offset=$((offset + GAP))
    LD_PRELOAD="$LIBFAKETIME" FAKETIME="+${offset}s" java -jar "$JAR" "$@"
  else
    sleep "$GAP"
    java -jar "$JAR" "$@"
  fi
}

# the same, started in the background and killed after a random 0.2–1.8 s
killed() {
  local pid
  if [ "${FAKE_GAPS:-}" = 1 ]; then
    offset=$((offset + GAP))
    LD_PRELOAD="$LIBFAKETIME" FAKETIME="+${offset}s" java -jar "$JAR" "$@" >/dev/null 2>&1 &
  else
    sleep "$GAP"
    java -jar "$JAR" "$@" >/dev/null 2>&1 &
  fi
  pid=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.3f", 0.2 + (r % 1600) / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# the sample's October moved on by N months (T024, dismissed in October, left out after it)
month() {
  local n=$1 period pay
  period=$(date -d "2026-10-01 +$n month" +%Y-%m)
  pay=$(date -d "2026-10-01 +$((n + 1)) month" +%Y-%m)-05
  if [ "$n" = 0 ]; then
    cp sample-payroll/payroll.csv "$WORK/payroll-$period.csv"
  else
    grep -v '^T024,' sample-payroll/payroll.csv | sed -e "s/,2026-10,/,$period,/" -e "s/,2026-11-05,/,$pay,/" \
      -e "s/,2026-10-20,/,$period-20,/" > "$WORK/payroll-$period.csv"
  fi
  echo "$period"
}

close() {
  local period=$1; shift
  local now
  now=$(date -d "$period-01 +1 month" +%Y-%m)-03T09:00
  ustau month close --db "$DB" --period "$period" --payroll "$WORK/payroll-$period.csv" --employer "$EMPLOYER" \
    --out "$WORK/months/$period" --tables "$WORK/tables" --now "$now" "$@" 2>/dev/null > "$WORK/close.txt"
}

# the ledger as the registry shows it: every writ's months and totals
snapshot() {
  local writ
  ustau writs list --db "$DB" 2>&1 || echo "writs list failed"
  for writ in $(java -jar "$JAR" writs list --db "$DB" 2>/dev/null | tail -n +2 | cut -d, -f1); do
    ustau writs history "$writ" --db "$DB" 2>&1 || echo "writs history $writ failed"
  done
}

echo "soak of $JAR in $WORK: $ROUNDS rounds, ${GAP}s between commands$([ "${FAKE_GAPS:-}" = 1 ] && echo ' (faked)'), ${BUSY:-0} busy loops"
mkdir -p "$WORK/tables"
# the MRP of 2027 is not law yet: a test figure, so that the year can run on
{ cat src/main/resources/kz/ustau/tables/mrp.csv; echo "2027-01-01,4500,53000,90000,soak figures"; } > "$WORK/tables/mrp.csv"
java -jar "$JAR" writs import sample-payroll/writs.csv --db "$DB" >/dev/null
expected=0
for n in $(seq 0 11); do
  period=$(month "$n")
  close "$period" || { echo "closing $period failed" >&2; exit 1; }
  # the summary line says how many writ lines the month stored (CONTRACT §2: "N ұстау жолы")
  expected=$((expected + $(grep -o '[0-9]* ұстау жолы' "$WORK/close.txt" | cut -d' ' -f1)))
done
last=$period
snapshot > "$WORK/year.txt"
found=$(grep -c '^20' "$WORK/year.txt")
echo "year closed: $expected writ-months stored, $found read back, $(du -sh "$DB" | cut -f1) on disk"
if [ "$found" != "$expected" ]; then
  echo "THE LEDGER LOST $((expected - found)) WRIT-MONTHS while it was read after the year was closed"
  exit 1
fi
for round in $(seq 1 "$ROUNDS"); do
  killed writs history W05 --db "$DB"
  if [ $((round % 3)) = 0 ]; then
    # the last month reopened and closed again with the same payroll, killed halfway through
    killed month close --db "$DB" --period "$last" --payroll "$WORK/payroll-$last.csv" --reopen "soak $round" \
      --employer "$EMPLOYER" --out "$WORK/months/$last" --tables "$WORK/tables" \
      --now "$(date -d "$last-01 +1 month" +%Y-%m)-03T09:00"
  fi
  # the last month closed again: the same files (or, after a kill left it reopened, closed again)
  close "$last" --reopen "soak $round" || close "$last" || { echo "round $round: closing $last failed" >&2; exit 1; }
  snapshot > "$WORK/round.txt"
  if ! cmp -s "$WORK/year.txt" "$WORK/round.txt"; then
    echo "round $round: THE LEDGER CHANGED ($(du -sh "$DB" | cut -f1) on disk):"
    diff "$WORK/year.txt" "$WORK/round.txt" | head -20
    exit 1
  fi
  echo "round $round: the ledger is as it was ($(du -sh "$DB" | cut -f1) on disk)"
done
echo "$ROUNDS rounds: every closed month kept, byte for byte"
