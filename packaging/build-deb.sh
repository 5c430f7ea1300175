#!/usr/bin/env bash
# Builds the Debian package from a clean build folder and prints its path.
#
#   packaging/build-deb.sh                   prints build-deb/claimdesk_VERSION_ARCH.deb
#   sudo apt install ./build-deb/claimdesk_*.deb
#
# The release build uses the compiler flags of scripts/build.sh (optimised,
# NDEBUG; the symbols are stripped when packaged), so with ccache most of
# it comes from the cache the development build filled. Control data comes
# from packaging/debian/ through the dpkg tools: Version from the changelog
# (it must be the program's), Depends from dpkg-shlibdeps, Installed-Size
# from dpkg-gencontrol.
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD
# The build folder sits beside build/, at the same depth: see ccache below.
build=$source/build-deb
root=$build/package-root
say() { echo "build-deb: $*" >&2; }

# ccache keys on the command line: relative to the source tree (base_dir)
# and without the build folder (hash_dir), the package build reuses what
# scripts/build.sh compiled.
export CCACHE_BASEDIR=$source CCACHE_NOHASHDIR=true
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
werror=OFF
[ "${CI:-}" = true ] && werror=ON

rm -rf "$build"
say "configuring a release build in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DCLAIMDESK_BUILD_TESTS=OFF -DCLAIMDESK_BUILD_BENCH=OFF -DCLAIMDESK_WERROR=$werror \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro -Wl,-z,now" "${launcher[@]}" >/dev/null
say "building"
set +e
cmake --build "$build" -- -j"$(nproc)" 2>&1 | grep -vE '^(\[[0-9]+/[0-9]+\] |ninja: no work to do)'
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || exit "$status"

version=$("$build/bin/claimdesk-cli" --version | awk '{print $NF}')
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
if [ "$version" != "$changelog_version" ]; then
  say "packaging/debian/changelog is at $changelog_version but the program is $version: add a changelog entry"
  exit 1
fi

say "installing into $root"
DESTDIR=$root cmake --install "$build" >/dev/null
# As dh_strip does: no symbols, no compiler notes.
strip --remove-section=.comment --remove-section=.note "$root"/usr/bin/*
doc=$root/usr/share/doc/claimdesk
install -d -m 755 "$doc" "$root/usr/share/lintian/overrides"
install -m 644 packaging/debian/copyright "$doc/copyright"
gzip -9n <packaging/debian/changelog >"$doc/changelog.gz"
install -m 644 packaging/debian/lintian-overrides "$root/usr/share/lintian/overrides/claimdesk"
find "$root/usr/share/man" -type f -name '*.[0-9]' -exec gzip -9n {} +
chmod -R u=rwX,go=rX "$root"
mkdir -p "$root/DEBIAN"
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"

# dpkg-shlibdeps and dpkg-gencontrol read debian/control from the folder
# they run in.
work=$build/package-control
mkdir -p "$work/debian"
cp packaging/debian/control packaging/debian/changelog "$work/debian/"
(
  cd "$work"
  dpkg-shlibdeps -Tdebian/substvars "$root/usr/bin/claimdesk-cli" \
    $([ -x "$root/usr/bin/claimdesk" ] && echo "$root/usr/bin/claimdesk")
  dpkg-gencontrol -pclaimdesk -Tdebian/substvars -fdebian/files -P"$root"
)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
# Files dated no later than the release (the changelog's date), as Debian's
# reproducible builds do.
SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l packaging/debian/changelog -S Timestamp)
export SOURCE_DATE_EPOCH
deb=$build/claimdesk_${version}_${arch}.deb
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
