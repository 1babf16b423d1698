#!/usr/bin/env bash
# spin pass figures: our spinner over the even-numbered article pages of boilerplate-dev
# (recall, precision, false edits per 10k words on the unspun text), seed 001 against its
# hand-made original, resource load time, and speed. Usage: bench/spin.sh [DEV_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-../shared/boilerplate-dev}
[ -d "$dev" ] || dev=../../shared/boilerplate-dev
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.SpinEval "$dev" --mb 20
