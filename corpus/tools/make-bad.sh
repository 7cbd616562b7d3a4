#!/usr/bin/env bash
# Makes corpus/bad: files a batch scan must survive, each ending as an error row of its own (corrupt,
# truncated, encrypted, empty, an image named .pdf, a text without numbers, a text named .docx, a zip bomb
# named .docx, a loop of file links and a folder link back to itself). Java: org.auditor.corpus.tools.BadFiles.
#
# Rerun (from anywhere):   corpus/tools/make-bad.sh
# A long PDF for memory and time limits (never committed):
#                          corpus/tools/make-bad.sh --pages 2000 /tmp/long.pdf
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
build() {
  mvn -B -q "$@" -f "$root/pom.xml" -pl corpus -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
}
build -o >/dev/null 2>&1 || build
cp="$root/corpus/target/test-classes:$root/auditor-core/target/classes:$(cat "$work/classpath")"
if [[ "${1:-}" == "--pages" ]]; then
  java -cp "$cp" org.auditor.corpus.tools.BadFiles --pages "$2" "$root/corpus" "$3"
else
  java -cp "$cp" org.auditor.corpus.tools.BadFiles "$root/corpus" "$root/corpus/bad"
  ls -la "$root/corpus/bad"
fi
