#!/usr/bin/env bash
# Batch scanning benchmark (BENCHMARKS.md, "Batch scanning"). Rerun from anywhere:
#   bench/run-bench.sh [copies=3] [pages-of-long-pdf=2000] [big=4]
# pages 0 skips the long PDF; AUDITOR_JAVA_OPTS as for the launcher.
#
# Sets (results are never cached here: --no-cache):
#   real  every PDF of corpus/pdf and ../shared/real, copied `copies` times under distinct names
#   big   the same, copied `big` × `copies` times: big − real is work without any start-up in it
#   gen   the generated 部门决算 corpus (corpus/tools/make-generated.sh: 35 PDFs, nine tables each)
# Measures with the real launcher (`./auditor`, class-data archive made first) and /usr/bin/time:
#   start-up with and without the class-data archive; whole-command time at --jobs 1 and 2 (documents/s,
#   pages/s, peak RSS); the steady-state rate from big − real; the same PDFs through pdftotext -layout;
#   a cached re-run; the warm time per phase (auditor bench); a long PDF under -Xmx1g.
# Every line carries the 1-minute load average when it ended: on a shared 2-core machine a load above ~1
# means the run competed with other work, and its wall times (above all the 2-thread ones) are inflated.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
copies=${1:-3}
long_pages=${2:-2000}
big=${3:-4}
cd "$root"
for tool in pdftotext pdfinfo /usr/bin/time bc; do command -v "$tool" >/dev/null || { echo "run-bench: $tool missing (poppler-utils, time, bc)" >&2; exit 1; }; done
mvn -B -o -q package -DskipTests >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }

# copy SET N: the real PDFs N times into $work/SET; prints "docs pages"
copy() {
  local set=$1 n=$2 docs=0 pages=0
  mkdir -p "$work/$set"
  for ((c = 1; c <= n; c++)); do
    for f in corpus/pdf/*.pdf ../shared/real/*.pdf; do
      [ -f "$f" ] || continue
      cp "$f" "$work/$set/$c-$(basename "$f")"
      pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); docs=$((docs + 1))
    done
  done
  echo "$docs $pages"
}
count_pages() { local p=0; for f in "$1"/*.pdf; do p=$((p + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done; echo "$p"; }

# run LABEL CMD… : wall seconds, CPU seconds (user + system), peak RSS and load of one command; wall in $work/last
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r secs kb user sys < <(tail -1 "$work/time")
  printf '%-46s %7.2f s %7.2f s CPU %5d MiB  load %-5s' "$label" "$secs" "$(echo "$user + $sys" | bc)" $((kb / 1024)) "$(load)"
  echo "$secs" > "$work/last"; echo "$user + $sys" | bc > "$work/last.cpu"
}
# rate DOCS PAGES: documents/s and pages/s of the last run
rate() { awk -v s="$(cat "$work/last")" -v d="$1" -v p="$2" 'BEGIN {printf " %6.2f docs/s %7.1f pages/s\n", d / s, p / s}'; }
last() { cat "$work/last"; }
keep() { cp "$work/last" "$work/$1"; cp "$work/last.cpu" "$work/$1.cpu"; }  # keep NAME: the last run's wall and CPU seconds
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

read -r docs pages < <(copy real "$copies")
read -r big_docs big_pages < <(copy big $((copies * big)))
java_opts=${AUDITOR_JAVA_OPTS:--Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1 | cut -d'"' -f2), JVM options: $java_opts"
echo "== sets: real = $docs PDFs / $pages pages ($copies copies of corpus/pdf + shared/real); big = $big_docs PDFs / $big_pages pages"

small=corpus/seeds/003_d43bba9ed6edf45c.txt
rm -f auditor-cli/target/auditor.jsa auditor-cli/target/auditor.jsa.failed
run "class-data archive, made once per build" ./auditor --version; echo
[ -f auditor-cli/target/auditor.jsa ] || echo "   WARNING: no class-data archive was made; start-up runs without it"
for i in 1 2 3; do run "start-up (scan one small text report) #$i" ./auditor scan --no-cache -q --fail-on never "$small"; echo; done
for i in 1 2 3; do AUDITOR_CDS=0 run "start-up without class-data archive #$i" ./auditor scan --no-cache -q --fail-on never "$small"; echo; done

# scan SET DOCS PAGES: --jobs 1 and 2, then pdftotext with 1 and 2 processes; times in $work/SET.{j1,j2,p1,p2}
scan() {
  local set=$1 d=$2 p=$3
  for j in 1 2; do
    run "[$set] scan --jobs $j" ./auditor scan --no-cache -q --jobs "$j" --fail-on never --format json -o "$work/$set-r$j.json" "$work/$set"; rate "$d" "$p"
    keep "$set.j$j"
  done
  cmp -s "$work/$set-r1.json" "$work/$set-r2.json" && echo "   (--jobs 1 and --jobs 2 reports are byte-identical)" || echo "   WARNING: reports differ between --jobs 1 and 2"
  run "[$set] pdftotext -layout, 1 process" sh -c "for f in '$work/$set'/*.pdf; do pdftotext -layout \"\$f\" /dev/null; done"; rate "$d" "$p"; keep "$set.p1"
  run "[$set] pdftotext -layout, 2 processes" sh -c "ls '$work/$set'/*.pdf | xargs -P 2 -I{} pdftotext -layout {} /dev/null"; rate "$d" "$p"; keep "$set.p2"
  echo "   whole command: 2 jobs over 1 = $(ratio "$(cat "$work/$set.j1")" "$(cat "$work/$set.j2")")×;" \
       "1 job ÷ pdftotext 1 process = $(ratio "$(cat "$work/$set.j1")" "$(cat "$work/$set.p1")")×;" \
       "2 jobs ÷ pdftotext 2 processes = $(ratio "$(cat "$work/$set.j2")" "$(cat "$work/$set.p2")")×"
  echo "   CPU seconds (what load does not inflate): 1 job ÷ pdftotext 1 process = $(ratio "$(cat "$work/$set.j1.cpu")" "$(cat "$work/$set.p1.cpu")")×"
}
scan real "$docs" "$pages"
scan big "$big_docs" "$big_pages"
# steady state: the big set less the real set is the same files audited with no start-up in it
d=$((big_docs - docs)); p=$((big_pages - pages))
for j in 1 2; do
  awk -v a="$(cat "$work/big.j$j")" -v b="$(cat "$work/real.j$j")" -v d=$d -v p=$p -v j=$j \
    'BEGIN {printf "   steady state, --jobs %d (big − real: %d PDFs, %d pages in %.2f s): %6.2f docs/s %7.1f pages/s\n", j, d, p, a - b, d / (a - b), p / (a - b)}'
done
awk -v a1="$(cat "$work/big.j1")" -v b1="$(cat "$work/real.j1")" -v a2="$(cat "$work/big.j2")" -v b2="$(cat "$work/real.j2")" \
    -v t1="$(cat "$work/big.p1")" -v s1="$(cat "$work/real.p1")" \
    'BEGIN {printf "   steady state: 2 jobs over 1 = %.2f×; 1 job ÷ pdftotext 1 process = %.2f×\n", (a1 - b1) / (a2 - b2), (a1 - b1) / (t1 - s1)}'
awk -v a1="$(cat "$work/big.j1.cpu")" -v b1="$(cat "$work/real.j1.cpu")" -v t1="$(cat "$work/big.p1.cpu")" -v s1="$(cat "$work/real.p1.cpu")" -v p=$p \
    'BEGIN {printf "   steady state, CPU seconds: %.2f ms per page against pdftotext %.2f ms = %.2f×\n", 1000 * (a1 - b1) / p, 1000 * (t1 - s1) / p, (a1 - b1) / (t1 - s1)}'

echo "== generated corpus (corpus/tools/make-generated.sh, seed 20261125, 35 PDFs)"
if corpus/tools/make-generated.sh 20261125 35 "$work/gen" >/dev/null 2>"$work/gen.err"; then
  gen_docs=$(ls "$work/gen"/*.pdf | wc -l); gen_pages=$(count_pages "$work/gen")
  echo "   $gen_docs PDFs, $gen_pages pages"
  scan gen "$gen_docs" "$gen_pages"
else
  echo "   skipped: make-generated.sh failed ($(tail -1 "$work/gen.err"))"
fi

rm -rf "$work/cache"
run "scan with cache, first run" ./auditor scan --cache-dir "$work/cache" -q --fail-on never --format json -o "$work/c1.json" "$work/real"; echo
run "scan with cache, unchanged folder" ./auditor scan --cache-dir "$work/cache" -q --fail-on never --format json -o "$work/c2.json" "$work/real"; echo
cmp -s "$work/c1.json" "$work/c2.json" && echo "   (cached re-run report is byte-identical)" || echo "   WARNING: cached re-run report differs"

echo "== warm time per phase, median of 10 after 3 warm-up rounds (auditor bench), load $(load)"
java $java_opts -cp "auditor-cli/target/auditor-cli.jar:auditor-cli/target/lib/*" org.auditor.cli.Main bench --warmup 3 --iterations 10 corpus/pdf ../shared/real 2>/dev/null

[ "$long_pages" -gt 0 ] || exit 0
echo "== long PDF: $long_pages pages, -Xmx1g"
corpus/tools/make-bad.sh --pages "$long_pages" "$work/long.pdf" >/dev/null
ls -la "$work/long.pdf" | awk '{printf "   %d MB on disk\n", $5 / 1000000}'
AUDITOR_JAVA_OPTS="-Xmx1g $java_opts" run "scan long PDF, -Xmx1g" ./auditor scan --no-cache -q --timeout 0 --fail-on never --format json -o "$work/long.json" "$work/long.pdf"
echo; grep -o '"status" : "[a-z]*"\|"error" : "[^"]*"\|"pages" : [0-9]*\|"checks" : [0-9]*' "$work/long.json" | tr '\n' ' '; echo
run "pdftotext -layout, long PDF" pdftotext -layout "$work/long.pdf" /dev/null; echo
