#!/usr/bin/env bash
# Builds Claimdesk with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer into build-sanitize/ (with the libFuzzer
# targets, which share that build) and runs the core and command-line
# tests there. The window is not built: Qt's own libraries are not
# instrumented. docs/reliability.md says why and what it found.
# A sanitizer report fails the test that made it, and so this script.
#
#   scripts/sanitize.sh             build, then every test of that build
#   scripts/sanitize.sh --build     build only (scripts/fuzz.sh uses it)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-sanitize
werror=OFF
[ "${CI:-}" = true ] && werror=ON
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f $dir/build.ninja ]; then
  # -O1: the sanitizers' usual trade between build time, speed and stack
  # traces that name the right line.
  cmake -S . -B $dir -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCLAIMDESK_BUILD_UI=OFF -DCLAIMDESK_BUILD_BENCH=OFF -DCLAIMDESK_SANITIZE=address,undefined \
    -DCLAIMDESK_FUZZ=ON -DCLAIMDESK_WERROR=$werror "${launcher[@]}" >/dev/null
fi
set +e
cmake --build $dir -- -j"$(nproc)" 2>&1 | grep -vE '^(\[[0-9]+/[0-9]+\] |ninja: no work to do)'
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || exit "$status"
[ "${1:-}" = --build ] && exit 0

# A report stops the test that made it; leaks are reported at exit. The
# layering and packaging checks read files, not code, and run in build/.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir $dir --output-on-failure -j"$(nproc)" --timeout 600 -E '^(layering|packaging)[.]'
