#!/usr/bin/env bash
# Rebuilds src/main/resources/io/github/unmangle/lang/words-en.txt.gz, the English word list
# (SCOWL size 50, American and British spellings, inflected forms included) used by
# io.github.unmangle.lang.Lexicon. Source: Debian's wamerican and wbritish packages
# (SCOWL by Kevin Atkinson; licence in data/lexicon/LICENSE-SCOWL). Run once on a Debian
# machine with apt access; the output is committed, nothing is fetched at run time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/io/github/unmangle/lang/words-en.txt.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
apt-get download wamerican wbritish >/dev/null
for d in *.deb; do dpkg-deb -x "$d" x; done
# one word per line, sorted, no possessives ("Amazon's"), UTF-8
cat x/usr/share/dict/american-english x/usr/share/dict/british-english \
  | grep -v "'s$" | LC_ALL=C sort -u | gzip -9n > "$out"
echo "wrote $out: $(zcat "$out" | wc -l) words"
