#!/usr/bin/env bash
# spin pass figures: our spinner over the even-numbered article pages of boilerplate-dev
# (recall, precision, false edits per 10k words on the unspun text), seed 001 against its
# hand-made original, resource load time, and speed. Usage: [CROSS=DIR] bench/spin.sh [DEV_DIR]
# CROSS=DIR: each article weighed by the decision model trained on the other half's articles (DIR/decision-model-odd.txt
# and -even.txt, as data/spin/decide.py --folds writes them): the honest figure; without it the built-in model, which
# saw these articles spun, weighs them
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/boilerplate-dev}
[ -d "$dev" ] || dev=../../shared/boilerplate-dev
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval "$dev" --mb 20 ${CROSS:+--cross-models "$CROSS"}
