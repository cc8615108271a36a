#!/usr/bin/env bash
# packaging.manpage: roost.1 documents every option `roost --help` prints and every subcommand, and
# the version `roost --version` prints is the project version. Usage: manpage.sh ROOST_BIN MAN_PAGE VERSION
set -euo pipefail
bin="$1" page="$2" version="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
help="$(QT_QPA_PLATFORM=offscreen "$bin" --help)"
got="$("$bin" --version)"
[ "$got" = "roost $version" ] || fail "roost --version printed '$got', expected 'roost $version'"
options="$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)"
[ -n "$options" ] || fail "no options found in roost --help"
# The man page escapes hyphens (\-); compare with them removed.
text="$(sed 's/\\-/-/g' "$page")"
missing=()
for o in $options; do grep -qF -- "$o" <<<"$text" || missing+=("$o"); done
for c in import export scan delete stats sync peers backup restore check 'backup\\-notes'; do
  grep -qE "^\\.B(I)? $c( |\$)" "$page" || missing+=("subcommand $c")
done
[ "${#missing[@]}" -eq 0 ] || fail "roost.1 does not document: ${missing[*]}"
echo "roost.1 documents $(wc -w <<<"$options") options and 11 subcommands; version $version"
