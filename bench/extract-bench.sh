#!/usr/bin/env bash
# PDF extraction speed: PdfExtractor (first run of each file in a fresh JVM, then N timed rounds after
# 3 warm-up rounds over all files) next to
# poppler's pdftotext -layout on the same files (N runs each), in ms per page.
# Usage: bench/extract-bench.sh [N=5] [folder=../shared/real]     (from anywhere; builds auditor-core)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5}
dir=$(cd "${2:-$root/../shared/real}" && pwd)
cd "$root"
mvn -B -q -o install -DskipTests -pl auditor-core -am >/dev/null
mvn -B -q -o test-compile -pl auditor-core >/dev/null
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o dependency:build-classpath -pl auditor-core -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
echo "== PdfExtractor (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
java -cp "auditor-core/target/classes:auditor-core/target/test-classes:$(cat "$cp_file")" \
    org.auditor.extract.pdf.ExtractBench "$n" "$dir" 2>/dev/null
if command -v pdftotext >/dev/null; then
    echo "== pdftotext -layout ($(pdftotext -v 2>&1 | head -1))"
    printf '%-40s %5s %9s %9s\n' file pages "ms/run" "ms/page"
    total_ms=0; total_pages=0
    for f in "$dir"/*.pdf; do
        pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
        start=$(date +%s%N)
        for ((i = 0; i < n; i++)); do pdftotext -layout "$f" /dev/null 2>/dev/null; done
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        total_ms=$((total_ms + ms)); total_pages=$((total_pages + pages * n))
        awk -v f="$(basename "$f")" -v p="$pages" -v ms="$ms" -v n="$n" 'BEGIN {printf "%-40s %5d %9.1f %9.2f\n", f, p, ms / n, ms / n / p}'
    done
    awk -v ms="$total_ms" -v p="$total_pages" -v n="$n" 'BEGIN {printf "%-40s %5d %9s %9.2f\n", "all", p / n, "", ms / p}'
fi
