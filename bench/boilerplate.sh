#!/usr/bin/env bash
# Boilerplate pass figures: quality on boilerplate-dev (P/R/F1 overall, per half, per page type,
# with keep-all and C4-rule baselines; the set's snippets scored as trafilatura scores them), with and without
# batch learning, and speed of the pass
# alone over 100 MB. Usage: bench/boilerplate.sh [DEV_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/boilerplate-dev}
[ -d "$dev" ] || dev=../../shared/boilerplate-dev
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.BoilerplateEval "$dev" --mb 100
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} NOBUILD=1 bench/java.sh io.github.unmangle.bench.BoilerplateEval "$dev" --learn
