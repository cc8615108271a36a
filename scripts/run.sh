#!/usr/bin/env bash
# Installs dependencies, builds Roost (release preset) and starts the relay on ws://127.0.0.1:4869.
# Extra arguments go to roost (e.g. --port 7777, --data-dir DIR). Headless when no display is available.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target roost # the relay only: the tests are scripts/test.sh's
args=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then args+=(--no-gui); fi
exec ./build/release/app/roost "${args[@]}" "$@"
