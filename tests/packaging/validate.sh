#!/usr/bin/env bash
# packaging.validate: the installed desktop files validate. Stages `cmake --install` of the build
# into a temp dir, then runs desktop-file-validate on the .desktop entry, appstreamcli validate on
# the metainfo (and checks its newest release is the CMake project version), systemd-analyze verify
# on both units, and man's own warnings on roost.1. Usage: validate.sh BUILD_DIR PROJECT_VERSION APP_ID
set -euo pipefail
build="$1" version="$2" appid="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli systemd-analyze man; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup-deps.sh --with-packaging"
done
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" cmake --install "$build" --prefix /usr --component roost >/dev/null

desktop="$stage/usr/share/applications/$appid.desktop"
metainfo="$stage/usr/share/metainfo/$appid.metainfo.xml"
[ -f "$desktop" ] || fail "no $desktop installed"
[ -f "$metainfo" ] || fail "no $metainfo installed"
out="$(desktop-file-validate "$desktop" 2>&1)" || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate reports: $out"
echo "desktop-file-validate: clean"

appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
newest="$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)"
[ "$newest" = "$version" ] || fail "the newest metainfo release is '$newest', the project version is '$version'"
echo "metainfo newest release = project version $version"

for size in 16 22 24 32 48 64 128 256 512; do
  png="$stage/usr/share/icons/hicolor/${size}x${size}/apps/roost.png"
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
[ -f "$stage/usr/share/icons/hicolor/scalable/apps/roost.svg" ] || fail "no scalable icon"
echo "icons: scalable + 9 hicolor PNG sizes"

# The units name /usr/bin/roost: verify copies pointing at the staged binary; man roost(1) is
# looked up in the staged tree.
for kind in system user; do
  unit="$stage/usr/lib/systemd/$kind/roost.service"
  [ -f "$unit" ] || fail "no $unit installed"
  grep -q '^ExecStart=/usr/bin/roost ' "$unit" || fail "$kind unit: ExecStart is not /usr/bin/roost"
  mkdir -p "$stage/verify/$kind"
  sed "s#^ExecStart=/usr/bin/roost#ExecStart=$stage/usr/bin/roost#" "$unit" >"$stage/verify/$kind/roost.service"
  scope=(); [ "$kind" = user ] && scope=(--user)
  mkdir -p "$stage/run"
  out="$(XDG_RUNTIME_DIR="$stage/run" MANPATH="$stage/usr/share/man" systemd-analyze "${scope[@]}" verify "$stage/verify/$kind/roost.service" 2>&1)" \
    || fail "systemd-analyze verify ($kind): $out"
  [ -z "$out" ] || fail "systemd-analyze verify ($kind) reports: $out"
done
echo "systemd-analyze verify: both units clean"
score="$(systemd-analyze security --offline=true "$stage/verify/system/roost.service" 2>/dev/null | tail -1)"
echo "systemd-analyze security: $score"

man_page="$stage/usr/share/man/man1/roost.1.gz"
[ -f "$man_page" ] || fail "no $man_page installed"
warnings="$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null)" || fail "man: $warnings"
[ -z "$warnings" ] || fail "man --warnings reports: $warnings"
echo "man roost: no warnings"
echo "PASS"
