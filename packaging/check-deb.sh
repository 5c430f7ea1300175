#!/usr/bin/env bash
# Builds the Debian package (packaging/build-deb.sh) and checks it as a user
# would meet it: what it holds, that the desktop and AppStream validators
# and lintian accept it, and that once installed into a scratch root (moved
# elsewhere after installing, so nothing can lean on the source tree) the
# programs run on the installed data, every manual page example works, and
# the desktop knows project files as application/x-claimdesk opened by
# Claimdesk.
#
#   packaging/check-deb.sh [PACKAGE.deb]    (default: build one first)
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD
failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "check-deb: ok: $*"; }
elapsed() { echo $(($(date +%s) - $1))s; }

start=$(date +%s)
deb=${1:-$(packaging/build-deb.sh)}
echo "check-deb: $deb (built in $(elapsed "$start"))"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unset CLAIMDESK_DATA_DIR
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$scratch/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

field() { dpkg-deb --field "$deb" "$1"; }
version=$(field Version)

check_control() {
  local name
  for name in Package Version Architecture Maintainer Section Priority Homepage Depends Installed-Size; do
    [ -n "$(field "$name")" ] || fail "control: no $name"
  done
  # dpkg-shlibdeps names the libraries the programs link.
  for name in libqt6widgets6 libsqlite3-0 libicu72 libpoppler-cpp0v5 libgumbo1 libstdc++6; do
    field Depends | grep -q "\b$name\b" || fail "control: Depends lacks $name: $(field Depends)"
  done
  [ "$(field Description | wc -l)" -ge 5 ] || fail "control: the description is under five lines"
  pass "control: $(field Package) $version, Depends from dpkg-shlibdeps, $(field Section)/$(field Priority)"
}

check_contents() {
  local listing path size lexicons
  listing=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./||')
  for path in usr/bin/claimdesk usr/bin/claimdesk-cli \
              usr/share/applications/claimdesk.desktop \
              usr/share/mime/packages/claimdesk.xml \
              usr/share/metainfo/io.claimdesk.Claimdesk.metainfo.xml \
              usr/share/icons/hicolor/scalable/apps/claimdesk.svg \
              usr/share/man/man1/claimdesk.1.gz usr/share/man/man1/claimdesk-cli.1.gz \
              usr/share/bash-completion/completions/claimdesk-cli \
              usr/share/doc/claimdesk/copyright usr/share/doc/claimdesk/changelog.gz; do
    grep -qx "$path" <<<"$listing" || fail "contents: no $path"
  done
  for size in 16 22 24 32 48 64 128 256; do
    grep -qx "usr/share/icons/hicolor/${size}x${size}/apps/claimdesk.png" <<<"$listing" ||
      fail "contents: no ${size}x${size} icon"
  done
  lexicons=$(find data/lexicons -name '*.txt' | wc -l)
  [ "$(grep -c '^usr/share/claimdesk/lexicons/.*\.txt$' <<<"$listing")" -eq "$lexicons" ] ||
    fail "contents: not every one of the $lexicons lexicons"
  grep -q '^usr/share/claimdesk/demo/.*\.txt$' <<<"$listing" || fail "contents: no demo articles"
  pass "contents: programs, $lexicons lexicons, demo, desktop entry, MIME type, metainfo, icons, manual pages, completion"
}

check_validators() {
  local unpacked=$scratch/unpacked size file
  dpkg-deb --extract "$deb" "$unpacked"
  desktop-file-validate "$unpacked/usr/share/applications/claimdesk.desktop" || fail "desktop-file-validate"
  # --no-net: the project's web addresses are not served yet (docs/decisions.md).
  appstreamcli validate --no-net "$unpacked/usr/share/metainfo/io.claimdesk.Claimdesk.metainfo.xml" >"$scratch/as.log" 2>&1 ||
    { cat "$scratch/as.log"; fail "appstreamcli validate"; }
  grep -q "<release version=\"$version\"" "$unpacked/usr/share/metainfo/io.claimdesk.Claimdesk.metainfo.xml" ||
    fail "metainfo: no release $version"
  for size in 16 22 24 32 48 64 128 256; do
    file=$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/claimdesk.png
    # A PNG's width and height: big-endian at bytes 16 and 20.
    [ "$(od -An -tu1 -j16 -N8 "$file" | awk '{print $3*256+$4 "x" $7*256+$8}')" = "${size}x${size}" ] ||
      fail "icon ${size}x${size} is not ${size} by ${size} pixels"
  done
  local page
  for page in "$unpacked"/usr/share/man/man1/*.gz; do
    [ -z "$(man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)" ] || fail "$(basename "$page") has groff warnings"
  done
  pass "desktop-file-validate, appstreamcli validate, icon sizes, manual pages render without warnings"
}

# No lintian error; a warning only when docs/decisions.md says why it is kept.
check_lintian() {
  local report tag
  report=$(lintian "$deb" 2>&1 || true)
  grep '^E: ' <<<"$report" && fail "lintian errors"
  while read -r tag; do
    [ -n "$tag" ] || continue
    grep -q "$tag" docs/decisions.md || fail "lintian warning $tag is not in docs/decisions.md"
  done < <(grep '^W: ' <<<"$report" | awk '{print $3}' | sort -u)
  pass "lintian: $(grep -c '^E: ' <<<"$report" || true) errors, $(grep -c '^W: ' <<<"$report" || true) warnings"
}

# Installs with dpkg into an empty root, then moves that root: the programs
# must find their data beside themselves, nowhere else.
install_scratch() {
  local root=$scratch/installed
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
  touch "$root/var/lib/dpkg/status"
  # The libraries it depends on are the machine's, not the empty root's.
  dpkg --root="$root" --force-depends --force-not-root -i "$deb" >"$scratch/dpkg.log" 2>&1 ||
    { cat "$scratch/dpkg.log"; fail "dpkg -i"; return; }
  dpkg --root="$root" -s claimdesk | grep -q '^Status: install ok installed' || fail "dpkg: not installed"
  mv "$root" "$scratch/moved"
  prefix=$scratch/moved/usr
  if strings "$prefix/bin/claimdesk-cli" | grep -qF "$source"; then
    fail "claimdesk-cli names the source tree $source"
  fi
  pass "dpkg --root installs it; the installed root moved to $prefix"
}

check_programs() {
  local cli=$prefix/bin/claimdesk-cli article=$scratch/article.txt
  [ "$("$cli" --version)" = "claimdesk-cli $version" ] || fail "claimdesk-cli --version: $("$cli" --version)"
  [ "$("$prefix/bin/claimdesk" --version)" = "Claimdesk $version" ] || fail "claimdesk --version: $("$prefix/bin/claimdesk" --version)"
  cp "$prefix/share/claimdesk/demo/05_kestrel-wire_2025-03-05.txt" "$article"
  "$cli" analyze --json "$scratch/installed.json" "$article" || fail "installed claimdesk-cli analyze"
  python3 - "$scratch/installed.json" <<'EOF' || fail "installed analyze: no speakers or claims"
import json, sys
documents = json.load(open(sys.argv[1]))["documents"]
assert documents and documents[0]["claims"] and documents[0]["speakers"]
print(f"check-deb: ok: installed analyze: {len(documents[0]['claims'])} claims, {len(documents[0]['speakers'])} speakers")
EOF
  # The same analysis as the build tree's, which reads the source lexicons.
  if [ -x build/bin/claimdesk-cli ]; then
    build/bin/claimdesk-cli analyze --json "$scratch/build.json" "$article"
    cmp -s "$scratch/installed.json" "$scratch/build.json" || fail "installed and build-tree analyses differ"
  fi
  # Without the installed lexicons it fails, naming where it looked.
  mv "$prefix/share/claimdesk/lexicons" "$scratch/hidden"
  if "$cli" analyze --json "$scratch/none.json" "$article" 2>"$scratch/err.log"; then
    fail "analyze ran without the installed lexicons"
  fi
  grep -qF "$prefix/share/claimdesk/lexicons/" "$scratch/err.log" ||
    fail "analyze without lexicons did not name $prefix/share/claimdesk/lexicons: $(cat "$scratch/err.log")"
  mv "$scratch/hidden" "$prefix/share/claimdesk/lexicons"
  pass "--version, analyze on the installed lexicons (and only those), same result as the build tree"
}

# Every example of claimdesk-cli(1), run as written, on the installed demo.
check_man_examples() {
  local work=$scratch/examples command count=0
  mkdir -p "$work"
  while IFS= read -r command; do
    count=$((count + 1))
    (cd "$work" && PATH=$prefix/bin:$PATH bash -c "$command") >"$scratch/example.log" 2>&1 ||
      { cat "$scratch/example.log"; fail "claimdesk-cli(1) example: $command"; }
  done < <(zcat "$prefix/share/man/man1/claimdesk-cli.1.gz" | python3 packaging/clidocs/examples.py --datadir "$prefix/share")
  [ "$count" -gt 0 ] || fail "claimdesk-cli(1) has no examples"
  pass "the $count examples of claimdesk-cli(1) run"
}

check_desktop_integration() {
  local share=$prefix/share project=$scratch/examples/spill.claimdesk type default
  # What the package's triggers do on a real system, in the scratch root.
  export XDG_DATA_DIRS=$share:/usr/share XDG_DATA_HOME=$scratch/home
  update-mime-database "$share/mime"
  update-desktop-database "$share/applications"
  cp "$project" "$scratch/demo.claimdesk"
  cp "$project" "$scratch/renamed.db"
  type=$(xdg-mime query filetype "$scratch/demo.claimdesk")
  [ "$type" = application/x-claimdesk ] || fail "xdg-mime: demo.claimdesk is $type"
  type=$(xdg-mime query filetype "$scratch/renamed.db")
  [ "$type" = application/x-claimdesk ] || fail "xdg-mime: a project named renamed.db is $type (magic)"
  default=$(xdg-mime query default application/x-claimdesk)
  [ "$default" = claimdesk.desktop ] || fail "xdg-mime: application/x-claimdesk opens with '$default'"
  (
    source "$share/bash-completion/completions/claimdesk-cli"
    COMP_WORDS=(claimdesk-cli export --format ti) COMP_CWORD=3
    _claimdesk_cli
    [ "${COMPREPLY[*]}" = timelinejs ] || exit 1
  ) || fail "bash completion of export --format ti"
  pass "xdg-mime: application/x-claimdesk by name and by content, opened by claimdesk.desktop; bash completion"
}

check_control
check_contents
check_validators
check_lintian
install_scratch
check_programs
check_man_examples
check_desktop_integration
echo "check-deb: $failures failures, $(elapsed "$start") in all"
[ "$failures" -eq 0 ]
