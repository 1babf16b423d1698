#!/usr/bin/env bash
# Do-no-harm figure: edits per pass and rule that the whole chain (unicode, boilerplate, mt, spin)
# makes on already-clean text (boilerplate-dev article gold texts, mt-dev human translations).
# Usage: bench/clean-text.sh [SHARED_DIR] [--examples N] [--pass NAME (examples of one pass only)] [--opt PASS.KEY=VALUE (an option other than its default)]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
[ -d "$shared" ] || shared=../../shared
shift || true
JAVA_OPTS=${JAVA_OPTS:--Xmx3g} bench/java.sh io.github.unmangle.bench.CleanTextEdits "$shared" "$@"
