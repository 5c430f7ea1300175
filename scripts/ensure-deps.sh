#!/usr/bin/env bash
# Installs the Debian packages Claimdesk needs to build, test and run, and
# only those that are missing, so a second run costs one dpkg query.
#
#   scripts/ensure-deps.sh          build + test + run dependencies
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config git ca-certificates
  # core
  libssl-dev libsqlite3-dev libicu-dev nlohmann-json3-dev libgumbo-dev libpoppler-cpp-dev
  # team projects on a PostgreSQL server (libpq), and the throwaway server
  # the tests start (tests/support/postgresserver.h)
  libpq-dev postgresql
  # ui
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-pdf-dev libgl-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev python3 poppler-utils
  # running the window without a display, fonts for rendering
  xvfb xauth fonts-dejavu-core
  # screenshots for the docs (scripts/screenshot.sh)
  x11-apps netpbm
  # compiler cache: scripts/build.sh and packaging/build-deb.sh share it
  ccache
  # the sanitizer build and the libFuzzer targets (scripts/sanitize.sh,
  # scripts/fuzz.sh): clang with its sanitizer and fuzzer runtimes
  clang libclang-rt-dev
  # the .deb (packaging/build-deb.sh) and its checks: icons rendered from
  # the SVG, package tools, validators for the desktop entry, MIME type and
  # AppStream metadata, and the desktop's view of the file type
  librsvg2-bin dpkg-dev lintian man-db desktop-file-utils appstream shared-mime-info
  xdg-utils libfile-mimeinfo-perl
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "claimdesk: missing packages: ${missing[*]} (run as root, or install them)" >&2
  exit 1
fi
echo "claimdesk: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
