#!/usr/bin/env bash
# Do-no-harm probe on this machine's own documentation, clean text of kinds the dev sets lack (reStructuredText,
# Markdown, changelogs, grammars, Perl's pod, Vim help; Debian's common licences and packages' READMEs and NEWS):
# collects the files (sorted, so the same machine gives the
# same set), cleans them as one batch (batch learning on, as a folder of 20 or more gets it) without writing anything,
# and counts the edits by pass and rule (the default chain and spin), and the words dropped as site template. Every edit here is one to read: the
# texts are clean, so an edit is a repair of a slip or a false edit. The figures depend on what the machine holds.
# Usage: bench/doc-probe.sh [MAX_FILES]   (default 400; the pod and Vim help files are a second batch, the licences
# and up to 40 of /usr/share/doc's plain READMEs and NEWS a third)
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-400}
work=target/doc-probe
rm -rf "$work" && mkdir -p "$work/docs" "$work/pod" "$work/legal"
# (the jar built from the sources as they are, unless NOBUILD=1: a jar left from an earlier build had been read once
# and its figures taken for the new code's, 2026-12-04)
[ "${NOBUILD:-0}" = 1 ] && [ -f target/unmangle.jar ] || mvn -q -DskipTests package -Dstyle.color=never >&2
i=0
while IFS= read -r f; do
  i=$((i + 1))
  cp "$f" "$work/docs/$(printf %03d $i)-$(basename "$f")"
done < <(find /usr/lib/node_modules "$HOME/.rustup/toolchains" "$HOME/.pyenv/versions" /usr/share/cmake-* -xdev \
           \( -name '*.md' -o -name '*.rst' -o -name '*.txt' \) -size +4k 2>/dev/null \
         | grep -vi 'licen\|changelog\|history\|cmakelists\|/test' | sort -u | head -n "$max")
find /usr/share/perl* /usr/share/vim -xdev \( -name '*.pod' -o -name 'usr_[01]*.txt' \) -size +5k 2>/dev/null | sort | head -n "$max" \
  | while IFS= read -r f; do cp "$f" "$work/pod/$(basename "$f")"; done
for f in /usr/share/common-licenses/{Apache-2.0,Artistic,BSD,GPL-2,GPL-3,LGPL-2.1,LGPL-3,MPL-2.0,CC0-1.0,GFDL-1.3}; do
  [ -f "$f" ] && cp "$f" "$work/legal/$(basename "$f").txt"
done
find /usr/share/doc -maxdepth 2 -type f \( -name 'README*' -o -name 'NEWS' -o -name '*.txt' \) ! -name '*.gz' -size +3k 2>/dev/null \
  | sort | head -n 40 | while IFS= read -r f; do cp "$f" "$work/legal/$(echo "${f#/usr/share/doc/}" | tr '/' '_').txt"; done
for set in docs pod legal; do
  n=$(ls "$work/$set" | wc -l)
  echo "== $set: $n files, $(cat "$work/$set"/* | wc -w) words"
  ./unmangle clean -n -q --explain --with spin --include='*' "$work/$set" > "$work/$set.explain" || true
  grep -oP '^\S+:\d+:\d+: \K[\w-]+/[\w-]+' "$work/$set.explain" | sort | uniq -c | sort -rn | grep -v 'line-ending$'
  python3 - "$work/$set.explain" <<'PY'
import re, sys
words = lines = 0
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    m = re.match(r'^\S+:\d+:\d+: boilerplate/site-template: "(.*)" → ""', line)
    if m:
        lines += 1
        words += len(m.group(1).replace('\\n', ' ').split())
print(f"  site template: {lines} lines, {words} words dropped")
PY
done
