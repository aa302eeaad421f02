#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry and the AppStream metadata, as they are in the source tree, pass the validators
# that distributions and software centres run, and agree with the project.
#
#   check-metadata.sh DESKTOP_FILE METAINFO_FILE VERSION
set -euo pipefail
source "$(dirname "$0")/common.sh"
(($# == 3)) || fail "usage: $0 DESKTOP_FILE METAINFO_FILE VERSION"
desktop=$1 metainfo=$2 version=$3
need desktop-file-validate appstreamcli

# desktop-file-validate exits 0 on hints (such as two main categories): any output at all fails here.
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate rejects $desktop:"$'\n'"$output"
[[ -z $output ]] || fail "desktop-file-validate has remarks on $desktop:"$'\n'"$output"
echo "desktop-file-validate: $desktop has no remarks"

grep -qx 'Exec=shiporskip' "$desktop" || fail "$desktop does not start the installed shiporskip"
grep -qx 'Icon=shiporskip' "$desktop" || fail "$desktop does not name the installed icon 'shiporskip'"

# --strict fails on anything above pedantic. The one tolerated remark: the validator does not know the
# TLD of the project's placeholder domain (.invalid), so it wonders whether the id is reverse DNS.
appstreamcli validate --no-net --pedantic --strict --override=cid-maybe-not-rdns=pedantic "$metainfo" ||
  fail "appstreamcli rejects $metainfo"

# The id names the file, the launchable is the desktop file we install, and the newest release is
# this version (a version bump needs a <release> entry).
id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")
[[ $(basename "$metainfo") == "$id.metainfo.xml" ]] || fail "$metainfo is not named after its id '$id'"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
  fail "$metainfo does not launch $(basename "$desktop")"
newest=$(sed -n 's:.*<release version="\([^"]*\)".*:\1:p' "$metainfo" | head -n 1)
[[ $newest == "$version" ]] ||
  fail "the newest <release> in $metainfo is '$newest', the project is at $version: add a release entry"
echo "metadata: $id, release $newest, launches $(basename "$desktop")"
