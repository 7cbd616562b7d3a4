#!/usr/bin/env bash
# Batch scanning benchmark (BENCHMARKS.md, "Batch scanning"). Rerun from anywhere:
#   bench/run-bench.sh [copies=4] [pages-of-long-pdf=2000]
# The document set: every PDF of corpus/pdf and ../shared/real, copied `copies` times under distinct names
# (results are never cached here: --no-cache). Measures, with the real launcher and /usr/bin/time:
#   start-up (JVM + rule-base build + one small text report), whole-run throughput at --jobs 1 and 2
#   (documents/s, pages/s, peak RSS), the same PDFs through pdftotext -layout (1 and 2 processes),
#   a re-run over an unchanged folder with the cache, the warm time per phase (auditor bench), and
#   a long PDF (made here, never committed) under -Xmx1g.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
copies=${1:-4}
long_pages=${2:-2000}
cd "$root"
for tool in pdftotext pdfinfo /usr/bin/time; do command -v "$tool" >/dev/null || { echo "run-bench: $tool missing (poppler-utils, time)" >&2; exit 1; }; done
mvn -B -q -o install -DskipTests >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/set"
pages=0; docs=0
for ((c = 1; c <= copies; c++)); do
  for f in corpus/pdf/*.pdf ../shared/real/*.pdf; do
    [ -f "$f" ] || continue
    cp "$f" "$work/set/$c-$(basename "$f")"
    pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}')))
    docs=$((docs + 1))
  done
done
java_opts=${AUDITOR_JAVA_OPTS:--Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1 | cut -d'"' -f2), JVM options: $java_opts"
echo "== set: $docs PDFs, $pages pages ($copies copies of corpus/pdf + shared/real)"

# run LABEL CMD… : wall seconds, CPU seconds and peak RSS of one command
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r secs kb user sys < <(tail -1 "$work/time")
  # CPU seconds beside wall seconds: on a machine shared with other work, 2 jobs cannot beat 1 on the
  # wall clock when no core is free, but the CPU column shows whether the work itself grew
  printf '%-44s %8.2f s %7.2f s CPU %7d MiB' "$label" "$secs" "$(echo "$user + $sys" | bc)" $((kb / 1024))
  echo "$secs" > "$work/last"
}
rate() { awk -v s="$(cat "$work/last")" -v d="$docs" -v p="$pages" 'BEGIN {printf "   %6.2f docs/s %7.1f pages/s\n", d / s, p / s}'; }

small=corpus/seeds/003_d43bba9ed6edf45c.txt
for i in 1 2 3; do run "start-up (scan one small text report) #$i" ./auditor scan --no-cache -q --fail-on never "$small"; echo; done
for j in 1 2; do run "scan --jobs $j" ./auditor scan --no-cache -q --jobs "$j" --fail-on never --format json -o "$work/r$j.json" "$work/set"; rate; done
cmp -s "$work/r1.json" "$work/r2.json" && echo "   (--jobs 1 and --jobs 2 reports are byte-identical)" || echo "   WARNING: reports differ between --jobs 1 and 2"
run "pdftotext -layout, 1 process" sh -c "for f in '$work'/set/*.pdf; do pdftotext -layout \"\$f\" /dev/null; done"; rate
run "pdftotext -layout, 2 processes" sh -c "ls '$work'/set/*.pdf | xargs -P 2 -I{} pdftotext -layout {} /dev/null"; rate
rm -rf "$work/cache"
run "scan with cache, first run" ./auditor scan --cache-dir "$work/cache" -q --fail-on never --format json -o "$work/c1.json" "$work/set"; echo
run "scan with cache, unchanged folder" ./auditor scan --cache-dir "$work/cache" -q --fail-on never --format json -o "$work/c2.json" "$work/set"; echo
cmp -s "$work/c1.json" "$work/c2.json" && echo "   (cached re-run report is byte-identical)" || echo "   WARNING: cached re-run report differs"

echo "== warm time per phase, median of 10 after 3 warm-up rounds (auditor bench)"
java $java_opts -cp "auditor-cli/target/auditor-cli.jar:auditor-cli/target/lib/*" org.auditor.cli.Main bench --warmup 3 --iterations 10 corpus/pdf ../shared/real 2>/dev/null

echo "== long PDF: $long_pages pages, -Xmx1g"
corpus/tools/make-bad.sh --pages "$long_pages" "$work/long.pdf" >/dev/null
ls -la "$work/long.pdf" | awk '{printf "   %d MB on disk\n", $5 / 1000000}'
AUDITOR_JAVA_OPTS="-Xmx1g $java_opts" run "scan long PDF, -Xmx1g" ./auditor scan --no-cache -q --timeout 0 --fail-on never --format json -o "$work/long.json" "$work/long.pdf"
echo; grep -o '"status" : "[a-z]*"\|"error" : "[^"]*"\|"pages" : [0-9]*\|"checks" : [0-9]*' "$work/long.json" | tr '\n' ' '; echo
run "pdftotext -layout, long PDF" pdftotext -layout "$work/long.pdf" /dev/null; echo
