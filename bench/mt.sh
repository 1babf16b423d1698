#!/usr/bin/env bash
# mt pass figures on mt-dev: marked punctuation/spelling errors edited, edits per 1,000 lines,
# edits on error-free segments and on human translations, and speed over 100 MB.
# Usage: bench/mt.sh [TSV]
set -euo pipefail
cd "$(dirname "$0")/.."
tsv=${1:-../shared/mt-dev/mqm_ted_zhen.tsv}
[ -f "$tsv" ] || tsv=../../shared/mt-dev/mqm_ted_zhen.tsv
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} bench/java.sh io.github.unmangle.bench.MtEval "$tsv" --mb 100
