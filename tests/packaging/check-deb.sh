#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build folder with CPack, checks its control fields and contents,
# unpacks it with dpkg -x into a fresh folder and runs what it installed: shiporskip-cli and
# shiporskip-feed on temporary stores, and the GUI on the offscreen platform until it has seeded its
# store and stays up.
#
#   check-deb.sh CPACK CPACK_CONFIG VERSION APP_ID
set -euo pipefail
source "$(dirname "$0")/common.sh"
(($# == 4)) || fail "usage: $0 CPACK CPACK_CONFIG VERSION APP_ID"
cpack=$1 config=$2 version=$3 app_id=$4
need dpkg-deb dpkg-shlibdeps dpkg readelf sqlite3 timeout desktop-file-validate appstreamcli od

# ---- build -----------------------------------------------------------------------------------------
# Into the temporary folder (-B), so that the build folder's own _CPack_Packages is left alone.
"$cpack" --config "$config" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  fail "cpack failed:"$'\n'"$(cat "$work/cpack.log")"
shopt -s nullglob
debs=("$work"/out/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb, cpack wrote ${#debs[@]}:"$'\n'"$(cat "$work/cpack.log")"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "shiporskip_${version}_$arch.deb" ]] || fail "unexpected package name $(basename "$deb")"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# ---- control fields --------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == shiporskip ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
has_relation() { grep -qE "(^|, )$2( |,|\$)" <<<"$1"; }
# What Qt and QtKeychain open at run time, then what dpkg-shlibdeps found in the executables.
for package in libqt6sql6-sqlite libsecret-1-0 libqt6core6 libqt6widgets6 libqt6keychain1 libc6; do
  has_relation "$depends" "$package" || fail "Depends lacks $package: $depends"
done
has_relation "$(field Recommends)" gnome-keyring || fail "Recommends lacks gnome-keyring: $(field Recommends)"
echo "Depends: $depends"

# ---- contents --------------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's:^\./:/:' >"$work/contents"
expected=(
  /usr/bin/shiporskip /usr/bin/shiporskip-cli /usr/bin/shiporskip-feed
  /usr/share/applications/shiporskip.desktop
  "/usr/share/metainfo/$app_id.metainfo.xml"
  /usr/share/icons/hicolor/scalable/apps/shiporskip.svg
  /usr/share/man/man1/shiporskip.1.gz /usr/share/man/man1/shiporskip-cli.1.gz
  /usr/share/man/man1/shiporskip-feed.1.gz
  /usr/share/doc/shiporskip/copyright
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  expected+=("/usr/share/icons/hicolor/${size}x$size/apps/shiporskip.png")
done
for path in "${expected[@]}"; do
  grep -qx -- "$path" "$work/contents" || fail "the package lacks $path"
done
stray=$(grep -vE '^/usr(/|$)|^/$' "$work/contents" || true)
[[ -z $stray ]] || fail "the package installs outside /usr:"$'\n'"$stray"
echo "contents: all ${#expected[@]} expected files, nothing outside /usr"

# ---- unpack and inspect ----------------------------------------------------------------------------
root=$work/root
dpkg -x "$deb" "$root"
for program in shiporskip shiporskip-cli shiporskip-feed; do
  binary=$root/usr/bin/$program
  [[ -x $binary ]] || fail "$program is not executable"
  ! readelf -S "$binary" | grep -q '\.debug_info' || fail "$program is not stripped"
  runpath=$(readelf -d "$binary" | grep -E 'RPATH|RUNPATH' || true)
  [[ -z $runpath ]] || fail "$program carries a search path from the build: $runpath"
done
echo "executables: stripped, no RPATH/RUNPATH"

# Each PNG is the size its folder says (width and height from the PNG header).
for size in "${sizes[@]}"; do
  png=$root/usr/share/icons/hicolor/${size}x$size/apps/shiporskip.png
  read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
  width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4)) height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
  [[ $width == "$size" && $height == "$size" ]] || fail "${size}x$size/apps/shiporskip.png is ${width}x$height"
done
echo "icons: every PNG has its folder's size"

# The desktop file and metadata as installed, together (validate-tree reads the desktop file too).
installed_desktop=$root/usr/share/applications/shiporskip.desktop
output=$(desktop-file-validate "$installed_desktop" 2>&1) || fail "desktop-file-validate rejects:"$'\n'"$output"
[[ -z $output ]] || fail "desktop-file-validate has remarks on the installed desktop file:"$'\n'"$output"
appstreamcli validate-tree --no-net --strict --override=cid-maybe-not-rdns=pedantic "$root" >"$work/as.log" 2>&1 ||
  fail "appstreamcli validate-tree on the unpacked package:"$'\n'"$(cat "$work/as.log")"
echo "installed metadata: desktop-file-validate and appstreamcli validate-tree pass"

# ---- run what it installed -------------------------------------------------------------------------
# Nothing from the build or the caller's Qt setup may help the installed programs along.
unset LD_LIBRARY_PATH QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH SHIPORSKIP_DB SHIPORSKIP_TOKEN
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
bin=$root/usr/bin

out=$("$bin/shiporskip-cli" --version) || fail "shiporskip-cli --version failed"
[[ $out == "shiporskip-cli $version" ]] || fail "shiporskip-cli --version says '$out'"

out=$("$bin/shiporskip-cli" --db "$work/cli.db" tools 2>"$work/cli.err") ||
  fail "shiporskip-cli tools failed:"$'\n'"$(cat "$work/cli.err")"
listed=$(sed -n 's/^Tools listed: \([0-9]*\)$/\1/p' <<<"$out")
[[ -n $listed && $listed -gt 0 ]] || fail "shiporskip-cli tools listed no tools:"$'\n'"$out"
[[ -f $work/cli.db ]] || fail "shiporskip-cli did not create the store given with --db"

out=$(SHIPORSKIP_DB=$work/env.db "$bin/shiporskip-cli" comparisons --json) || fail "shiporskip-cli comparisons failed"
grep -q '"title"' <<<"$out" || fail "shiporskip-cli comparisons --json lists no comparison:"$'\n'"$out"
[[ -f $work/env.db ]] || fail "shiporskip-cli did not use the store named by SHIPORSKIP_DB"
echo "shiporskip-cli: --version, tools ($listed tools) and comparisons ran from the package"

out=$("$bin/shiporskip-feed" --version) || fail "shiporskip-feed --version failed"
[[ $out == "shiporskip-feed $version" ]] || fail "shiporskip-feed --version says '$out'"
"$bin/shiporskip-feed" --db "$work/feed.db" token list >/dev/null 2>"$work/feed.err" ||
  fail "shiporskip-feed token list failed:"$'\n'"$(cat "$work/feed.err")"
echo "shiporskip-feed: --version and token list ran from the package"

# The GUI: it must open and seed its store (a missing SQLite driver would instead block on an error
# box, which a plain timeout would take for success), then still be running a moment later.
gui_db=$work/gui.db
QT_QPA_PLATFORM=offscreen timeout 60 "$bin/shiporskip" --db "$gui_db" --settings "$work/gui.ini" \
  >"$work/gui.out" 2>"$work/gui.err" &
gui=$!
tools=0
for _ in $(seq 1 120); do
  kill -0 "$gui" 2>/dev/null || break
  if [[ -f $gui_db ]]; then
    tools=$(sqlite3 "$gui_db" 'SELECT count(*) FROM tools' 2>/dev/null || echo 0)
    ((tools > 0)) && break
  fi
  sleep 0.25
done
sleep 1
if ! kill -0 "$gui" 2>/dev/null; then
  status=0
  wait "$gui" || status=$?
  fail "the GUI exited early with status $status:"$'\n'"$(cat "$work/gui.err")"
fi
kill -TERM "$gui"
wait "$gui" || true
((tools > 0)) || fail "the GUI ran but did not seed its store within 30 s:"$'\n'"$(cat "$work/gui.err")"
echo "shiporskip (GUI): started offscreen, seeded $tools tools into its store, still running a second later"

# And it paints the catalog: --report-startup quits after the first paint with the time it took.
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$bin/shiporskip" --db "$gui_db" --settings "$work/gui.ini" \
  --report-startup 2>"$work/gui.err") || fail "shiporskip --report-startup failed:"$'\n'"$(cat "$work/gui.err")"
grep -qE '^firstPaintMs=[0-9]+$' <<<"$out" || fail "shiporskip --report-startup printed '$out'"
echo "shiporskip (GUI): painted the catalog from the package ($out)"
