#!/usr/bin/env bash
# Configures (once) and builds Claimdesk into build/. Incremental: a second
# run with nothing changed takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = true ] && werror=ON
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMDESK_WERROR=$werror >/dev/null
fi
cmake --build build -- -j"$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
test "${PIPESTATUS[0]}" -eq 0
