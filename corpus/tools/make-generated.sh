#!/usr/bin/env bash
# The generated 部门决算 corpus: 35 PDFs (narrative + the nine 公开 tables, A4, ruled, CJK font embedded)
# drawn from a seed, faults injected into most of them, and manifest.json listing each fault with the rule
# family, values and pages a finding must report (org.auditor.corpus.gen.CorpusGenerator, corpus test sources).
# Nothing is committed: GeneratedCorpusTest regenerates the corpus into corpus/target/generated-corpus on
# every test run and measures recall and precision on it.
#
# Rerun (from anywhere):
#   corpus/tools/make-generated.sh                   generate into corpus/target/generated-corpus (seed 20261125, 35 files)
#   corpus/tools/make-generated.sh SEED COUNT DIR    another seed, size or folder
#   corpus/tools/make-generated.sh --score           run GeneratedCorpusTest and write its figures into
#                                                    BENCHMARKS.md, section "## Generated corpus"
# Needs: JDK 17 + Maven, Debian package fonts-wqy-microhei (see .ci/apt-packages).
# Look at a page:   pdftoppm -png -r 60 -f 7 -l 7 corpus/target/generated-corpus/gen-001.pdf /tmp/page
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ "${1:-}" == "--score" ]]; then
  mvn -B -q -o -f "$root/pom.xml" test -pl corpus -am -Dtest=GeneratedCorpusTest -Dsurefire.failIfNoSpecifiedTests=false \
      || { echo "make-generated: GeneratedCorpusTest failed; BENCHMARKS.md left as it was" >&2; exit 1; }
  score="$root/corpus/target/generated-corpus/score.txt"
  {
    echo "## Generated corpus"
    echo
    echo "\`corpus/tools/make-generated.sh --score\` (runs \`GeneratedCorpusTest\`: generates 35 部门决算 PDFs from seed 20261125,"
    echo "audits them with \`Auditor.standard(RuleBase.builtIn())\`). Recall: an injected fault counts as found when a finding of"
    echo "one of its expected rule families states its key values on a page where the fault is printed. Precision: an ERROR"
    echo "finding is justified when it states a value an injected fault changed; the fault-free documents must have none."
    echo "Measured $(date -u +%F)."
    echo
    echo '```'
    cat "$score"
    echo '```'
    echo
  } > "$work/section"
  # replace the section (up to the next "## " heading) or append it
  awk -v section="$work/section" '
    /^## Generated corpus/ { while ((getline line < section) > 0) print line; skip = 1; done = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }
    END { if (!done) { print ""; while ((getline line < section) > 0) print line } }
  ' "$root/BENCHMARKS.md" > "$work/bench" && cp "$work/bench" "$root/BENCHMARKS.md"
  echo "BENCHMARKS.md: section \"## Generated corpus\" updated"
  exit 0
fi

seed="${1:-20261125}"; count="${2:-35}"; out="${3:-$root/corpus/target/generated-corpus}"
build() {
  mvn -B -q "$@" -f "$root/pom.xml" -pl corpus -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
}
build -o >/dev/null 2>&1 || build
java -cp "$root/corpus/target/test-classes:$(cat "$work/classpath")" org.auditor.corpus.gen.CorpusGenerator "$seed" "$count" "$out"
