#!/usr/bin/env bash
# Configures (once) and builds Claimdesk into build/. Incremental: a second
# run with nothing changed takes about a second. CI=true adds -Werror.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = true ] && werror=ON
# ccache, when installed, makes a rebuild after switching branches cheap.
# Paths relative to the source tree (base_dir) and no build folder in the
# key (hash_dir) let packaging/build-deb.sh's build reuse these objects.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMDESK_WERROR=$werror "${launcher[@]}" >/dev/null
fi
# Ninja's progress lines are noise; errors and warnings are not.
set +e
cmake --build build -- -j"$(nproc)" 2>&1 | grep -vE '^(\[[0-9]+/[0-9]+\] |ninja: no work to do)'
status=${PIPESTATUS[0]}
set -e
exit "$status"
