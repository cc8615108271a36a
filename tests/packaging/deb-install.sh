#!/usr/bin/env bash
# packaging.deb_install: the DEB installs into a clean Debian 12 root with apt and runs as a service.
#  1. a Debian 12 (bookworm) minbase root made by debootstrap, cached as a tarball under
#     CACHE_DIR (with apt's downloaded .debs), unpacked fresh for every run;
#  2. apt-get install ./roost_<v>_<arch>.deb inside it (chroot): the declared dependencies must be enough;
#  3. roost --version; the `roost` user exists; roost --no-gui --config /etc/roost/roost.conf
#     --data-dir /var/lib/roost started as that user on 127.0.0.1 (the chroot shares the host's
#     network): NIP-11, publish + read back (publish-read.mjs), SIGTERM -> exit code 0;
#  4. apt-get remove, then purge: /usr/bin/roost is gone, /var/lib/roost/roost.db is still there.
# Needs root (chroot, mount) and debootstrap; anything missing fails loudly (never a skip).
# Usage: deb-install.sh DEB_FILE CACHE_DIR VERSION
set -euo pipefail
deb="$1" cache="$2" version="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$SECONDS
step() { echo "[$((SECONDS - t0))s] $*"; }

[ "$(id -u)" -eq 0 ] || fail "this test needs root (debootstrap, chroot, mount); run it as root or with sudo"
command -v debootstrap >/dev/null || fail "debootstrap is missing: run scripts/setup-deps.sh --with-packaging"
command -v node >/dev/null || fail "node is missing (publish-read.mjs): run scripts/setup-deps.sh --with-e2e"
[ -f "$deb" ] || fail "no package $deb (packaging.packages builds it)"

# The Debian mirror this machine's apt uses (first non-security deb.debian.org-like URI), unless given.
mirror="${ROOST_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
            | grep -oE 'https?://[^ ]+/debian/?' | grep -v security | head -1 || true)"
  mirror="${mirror:-http://deb.debian.org/debian}"
fi

mkdir -p "$cache/apt-archives/partial"
tarball="$cache/bookworm-minbase.tar.gz"
if [ ! -f "$tarball" ]; then
  step "debootstrap bookworm (minbase) from $mirror into the cache (first run only)"
  seed="$(mktemp -d "$cache/seed.XXXXXX")"
  if ! debootstrap --variant=minbase --cache-dir="$cache/apt-archives" bookworm "$seed" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    tail -30 "$cache/debootstrap.log" >&2
    rm -rf "$seed"
    fail "debootstrap could not create a Debian 12 root (log: $cache/debootstrap.log)"
  fi
  tar -C "$seed" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$seed"
fi

root="$(mktemp -d "$cache/root.XXXXXX")"
chmod 0755 "$root"
relay_pid=""
cleanup() {
  if [ -n "$relay_pid" ] && kill -0 "$relay_pid" 2>/dev/null; then kill -KILL "$relay_pid" || true; fi
  for m in var/cache/apt/archives proc; do
    mountpoint -q "$root/$m" && umount "$root/$m" || true
  done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "fresh root from the cached tarball"
tar -C "$root" -xzf "$tarball"
chmod 0755 "$root"
# dpkg without fsync per file: this root is thrown away after the test.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/roost-test-unsafe-io"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

step "apt-get install $(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq || fail "apt-get update in the Debian 12 root"
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$cache/apt-install.log" 2>&1 \
  || { tail -30 "$cache/apt-install.log" >&2; fail "apt-get install of the DEB"; }

step "roost --version"
got="$(in_root roost --version)"
[ "$got" = "roost $version" ] || fail "roost --version printed '$got', expected 'roost $version'"
in_root getent passwd roost >/dev/null || fail "the package did not create the roost user"
in_root getent group roost >/dev/null || fail "the package did not create the roost group"
[ "$(in_root stat -c %U /var/lib/roost)" = roost ] || fail "/var/lib/roost is not owned by roost"
[ -f "$root/etc/roost/roost.conf" ] || fail "no /etc/roost/roost.conf"
grep -qx /etc/roost/roost.conf "$root/var/lib/dpkg/info/roost.conffiles" || fail "/etc/roost/roost.conf is not a conffile"

step "roost --no-gui as the roost user"
# The unit's command line (packaging/systemd/roost.service.in), on an ephemeral port.
coproc RELAY { exec chroot --userspec=roost:roost "$root" /usr/bin/env -i HOME=/var/lib/roost LANG=C.UTF-8 \
  /usr/bin/roost --no-gui --config /etc/roost/roost.conf --data-dir /var/lib/roost --bind 127.0.0.1 --port 0 2>&1; }
relay_pid=$RELAY_PID
exec {relay_out}<&"${RELAY[0]}"
port=""
while IFS= read -r -t 30 line <&"$relay_out"; do
  echo "  relay: $line"
  if [[ "$line" =~ listening\ on\ ws://127\.0\.0\.1:([0-9]+) ]]; then port="${BASH_REMATCH[1]}"; break; fi
done
[ -n "$port" ] || fail "the installed relay did not report listening within 30 s"
[ "$(ps -o uid= -p "$relay_pid" | tr -d ' ')" = "$(in_root id -u roost)" ] || fail "the relay does not run as the roost user"

step "NIP-11, publish and read back on port $port"
node "$here/publish-read.mjs" "$port" "$version" || fail "publish/read against the installed relay"

step "SIGTERM"
kill -TERM "$relay_pid"
rc=0
wait "$relay_pid" || rc=$?
relay_pid=""
[ "$rc" -eq 0 ] || fail "roost exited with $rc after SIGTERM"
[ -f "$root/var/lib/roost/roost.db" ] || fail "no /var/lib/roost/roost.db after the run"

step "apt-get remove, then purge"
in_root apt-get remove -y -qq roost >/dev/null || fail "apt-get remove roost"
[ ! -e "$root/usr/bin/roost" ] || fail "/usr/bin/roost is still there after remove"
[ -f "$root/var/lib/roost/roost.db" ] || fail "remove deleted /var/lib/roost/roost.db"
in_root apt-get purge -y -qq roost >/dev/null || fail "apt-get purge roost"
[ -f "$root/var/lib/roost/roost.db" ] || fail "purge deleted /var/lib/roost/roost.db"
step "PASS (data directory kept after remove and purge)"
