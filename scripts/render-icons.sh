#!/usr/bin/env bash
# Renders resources/icons/roost.svg to the PNGs installed in the hicolor icon theme
# (resources/icons/hicolor/<N>x<N>/roost.png) and to packaging/windows/roost.ico (PNG-in-ICO).
# Run after editing the SVG and commit the results; needs rsvg-convert (librsvg2-bin, from
# scripts/setup-deps.sh --with-packaging) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$here/resources/icons/roost.svg"
sizes=(16 22 24 32 48 64 128 256 512)
for n in "${sizes[@]}"; do
  mkdir -p "$here/resources/icons/hicolor/${n}x${n}"
  rsvg-convert --width "$n" --height "$n" --output "$here/resources/icons/hicolor/${n}x${n}/roost.png" "$svg"
done
python3 - "$here" <<'PY'
import struct, sys, pathlib
root = pathlib.Path(sys.argv[1])
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(n, (root / f"resources/icons/hicolor/{n}x{n}/roost.png").read_bytes()) for n in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries, data = b"", b""
for n, png in images:
    entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
(root / "packaging/windows/roost.ico").write_bytes(header + entries + data)
PY
echo "rendered ${#sizes[@]} PNGs and packaging/windows/roost.ico"
