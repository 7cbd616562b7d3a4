#!/usr/bin/env bash
# Makes the corpus in real formats: every corpus/seeds/<name>.txt as corpus/docx/<name>.docx (Java, POI:
# org.auditor.corpus.tools.SeedToDocx, tables rebuilt, A4, header = entity, footer "第 N 页") and as
# corpus/pdf/<name>.pdf (LibreOffice headless, DOCX -> PDF, fonts subset-embedded).
#
# Rerun (from anywhere):   corpus/tools/make-formats.sh
# Needs: JDK 17 + Maven (dependencies downloaded once; the script runs Maven offline if it can),
#        Debian packages libreoffice-writer-nogui, fonts-noto-cjk, poppler-utils (see .ci/apt-packages).
# The DOCX files are byte-reproducible; the PDFs are not (LibreOffice stamps a creation date and an ID).
# Check a page by eye:     pdftoppm -png -r 50 -f 2 -l 2 corpus/pdf/<name>.pdf /tmp/page
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$root/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in mvn java soffice pdffonts pdfinfo; do
  command -v "$tool" >/dev/null || { echo "make-formats: $tool not found (apt-get install -y \$(cat $root/.ci/apt-packages))" >&2; exit 1; }
done
[[ -n "$(fc-list "Noto Serif CJK SC")" ]] || { echo "make-formats: font Noto Serif CJK SC missing (fonts-noto-cjk)" >&2; exit 1; }

# 1. DOCX from the seeds
# (one reactor build, nothing installed: the classpath points at this checkout's own modules; the last
# module built, corpus, writes the classpath file)
build() {
  mvn -B -q "$@" -f "$root/pom.xml" -pl corpus -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
}
build -o >/dev/null 2>&1 || build
java -cp "$corpus/target/test-classes:$(cat "$work/classpath")" org.auditor.corpus.tools.SeedToDocx \
    "$corpus/seeds" "$corpus/docx"

# 2. PDF from the DOCX, with a private LibreOffice profile so a running instance cannot swallow the job
mkdir -p "$corpus/pdf"
soffice -env:UserInstallation="file://$work/lo-profile" --headless --norestore \
    --convert-to pdf:writer_pdf_Export --outdir "$corpus/pdf" "$corpus"/docx/*.docx >/dev/null

# 3. Every PDF must be A4, several pages, with its CJK font embedded
status=0
for pdf in "$corpus"/pdf/*.pdf; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ {print $2}')
  fonts=$(pdffonts "$pdf" | awk 'NR > 2 && /CJK/ {print $1 " emb=" $(NF-4) " sub=" $(NF-3)}' | sort -u | tr '\n' ' ')
  echo "$(basename "$pdf"): $pages pages, $size, $(stat -c %s "$pdf") bytes, $fonts"
  [[ "$size" == 595* ]] || { echo "  not A4" >&2; status=1; }
  (( pages >= 2 )) || { echo "  single page" >&2; status=1; }
  pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || { echo "  a font is not embedded" >&2; status=1; }
done
exit $status
