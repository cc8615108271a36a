#!/usr/bin/env bash
# packaging.packages: CPack builds the DEB, RPM and TGZ from this build (as scripts/package.sh does),
# lintian finds no error in the DEB, its control data is right (conffile, maintainer scripts,
# dependencies from dpkg-shlibdeps), and the RPM (rpm -qlp) and TGZ hold the same file list.
# Usage: packages.sh BUILD_DIR OUT_DIR VERSION
set -euo pipefail
build="$1" out="$2" version="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$SECONDS
for tool in cpack dpkg-deb dpkg-shlibdeps lintian rpmbuild rpm; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup-deps.sh --with-packaging"
done
arch="$(dpkg --print-architecture)"
[ "${ROOST_PACKAGES_REUSE:-}" = 1 ] || rm -rf "$out"
mkdir -p "$out"
[ "${ROOST_PACKAGES_REUSE:-}" = 1 ] && [ -f "$out/cpack.log" ] || cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1 \
  || { tail -40 "$out/cpack.log" >&2; fail "cpack"; }
deb="$out/roost_${version}_${arch}.deb"
rpm_file="$(ls "$out"/roost-"$version"-1.*.rpm 2>/dev/null | head -1)"
tgz="$out/roost-$version-Linux-$(uname -m).tar.gz"
[ -f "$deb" ] || fail "no $deb (cpack.log: $out/cpack.log)"
[ -n "$rpm_file" ] || fail "no roost-$version-1.*.rpm"
[ -f "$tgz" ] || fail "no $tgz"
echo "built in $((SECONDS - t0)) s: $(cd "$out" && ls roost[_-]*)"

# The same files in all three (the RPM lists directories too; compare regular files).
expected=(
  /usr/bin/roost
  /usr/share/applications/io.github.roost_relay.Roost.desktop
  /usr/share/metainfo/io.github.roost_relay.Roost.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/roost.svg
  /usr/share/icons/hicolor/48x48/apps/roost.png
  /usr/share/icons/hicolor/512x512/apps/roost.png
  /usr/share/man/man1/roost.1.gz
  /usr/lib/systemd/system/roost.service
  /usr/lib/systemd/user/roost.service
  /usr/lib/sysusers.d/roost.conf
  /usr/share/doc/roost/copyright
  /etc/roost/roost.conf
)
deb_files="$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#')"
rpm_files="$(rpm -qlp "$rpm_file" 2>/dev/null)"
tgz_files="$(tar -tzf "$tgz" | sed 's#^[^/]*/#/#')"
for f in "${expected[@]}"; do
  grep -qx -- "$f" <<<"$deb_files" || fail "the DEB lacks $f"
  grep -qx -- "$f" <<<"$rpm_files" || fail "the RPM lacks $f (rpm -qlp)"
  # The TGZ is relative to its top folder: /usr/bin/roost -> /usr/bin/roost or /bin/roost.
  grep -qx -- "$f" <<<"$tgz_files" || grep -qx -- "${f#/usr}" <<<"$tgz_files" || fail "the TGZ lacks $f"
done
echo "DEB, RPM (rpm -qlp) and TGZ hold the ${#expected[@]} expected files"

# DEB control data.
control="$(dpkg-deb -f "$deb")"
grep -q "^Package: roost$" <<<"$control" || fail "DEB Package is not roost"
grep -q "^Version: $version$" <<<"$control" || fail "DEB Version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libc6 libqt6core6 libsqlite3-0 libsecp256k1 passwd; do
  grep -q "$lib" <<<"$depends" || fail "DEB Depends lacks $lib (dpkg-shlibdeps): $depends"
done
ctrl="$(mktemp -d)"; trap 'rm -rf "$ctrl"' EXIT
dpkg-deb -e "$deb" "$ctrl"
grep -qx /etc/roost/roost.conf "$ctrl/conffiles" || fail "/etc/roost/roost.conf is not a conffile"
for s in postinst prerm postrm; do [ -x "$ctrl/$s" ] || fail "no executable $s"; done
grep -q "useradd --system" "$ctrl/postinst" || fail "postinst does not create the roost user"
grep -v "^ *#" "$ctrl/postrm" | grep -qE "rm .*/var/lib/roost" && fail "postrm deletes /var/lib/roost"
rpm -qp --scripts "$rpm_file" 2>/dev/null | grep -q "useradd --system" || fail "the RPM %post does not create the roost user"
rpm -qp --configfiles "$rpm_file" 2>/dev/null | grep -qx /etc/roost/roost.conf || fail "the RPM does not mark /etc/roost/roost.conf %config"
echo "DEB control: Depends: $depends"

lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" | tee "$out/lintian.txt" || fail "lintian reports errors (see above)"
echo "lintian: $(grep -c '^E:' "$out/lintian.txt" || true) errors, $(grep -c '^W:' "$out/lintian.txt" || true) warnings"
echo "PASS in $((SECONDS - t0)) s"
