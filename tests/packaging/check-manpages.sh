#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages format without a single groff warning, carry the project's version, and document
# every option and command the programs' own --help lists (so a new option without a line in its
# manual page fails here).
#
#   check-manpages.sh MAN_DIR VERSION GUI CLI FEED
#
# MAN_DIR holds the configured pages (packaging/ in the build folder); GUI, CLI and FEED are the built
# executables.
set -euo pipefail
source "$(dirname "$0")/common.sh"
(($# == 5)) || fail "usage: $0 MAN_DIR VERSION GUI CLI FEED"
man_dir=$1 version=$2 gui=$3 cli=$4 feed=$5
need groff

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

for page in shiporskip.1 shiporskip-cli.1 shiporskip-feed.1; do
  [[ -f $man_dir/$page ]] || fail "$man_dir/$page is missing"
  warnings=$(groff -man -ww -z -Tutf8 "$man_dir/$page" 2>&1)
  [[ -z $warnings ]] || fail "groff warns about $page:"$'\n'"$warnings"
  grep -q "^\.TH .*\"ShipOrSkip $version\"" "$man_dir/$page" || fail "$page does not carry version $version"
done
echo "groff: no warnings in any page; every page says ShipOrSkip $version"

# The page's text with roff's escaped hyphens made plain, for looking up option names.
plain() { sed 's/\\-/-/g' "$man_dir/$1"; }

# Every --long-option in HELP_TEXT appears in PAGE as a word of its own.
covers_options() {
  local page=$1 what=$2 help_text=$3 option count=0
  local text
  text=$(plain "$page")
  while read -r option; do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$text" || fail "$page does not document $option ($what)"
    count=$((count + 1))
  done < <(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help_text" | sort -u)
  ((count > 0)) || fail "no options found in the help of $what: is it broken?"
  echo "$page: documents all $count options of $what"
}

# shiporskip-cli: its global help, then every command listed there and that command's own help.
cli_help=$("$cli" --help) || fail "shiporskip-cli --help failed"
covers_options shiporskip-cli.1 "shiporskip-cli --help" "$cli_help"
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$cli_help" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[[ -n $commands ]] || fail "no commands found in shiporskip-cli --help"
for command in $commands; do
  grep -q "^\.SS \"${command}[ \"]" "$man_dir/shiporskip-cli.1" ||
    fail "shiporskip-cli.1 has no section for the command '$command'"
  command_help=$("$cli" "$command" --help) || fail "shiporskip-cli $command --help failed"
  covers_options shiporskip-cli.1 "shiporskip-cli $command" "$command_help"
done

# shiporskip-feed: options, and the commands its help describes.
feed_help=$("$feed" --help) || fail "shiporskip-feed --help failed"
covers_options shiporskip-feed.1 "shiporskip-feed --help" "$feed_help"
for command in import "token issue" "token revoke" "token list"; do
  grep -q "$command" <<<"$feed_help" || fail "shiporskip-feed --help no longer mentions '$command'"
  grep -q "^\.B.* \"\{0,1\}$command" "$man_dir/shiporskip-feed.1" ||
    fail "shiporskip-feed.1 does not document the command '$command'"
done

# shiporskip (the GUI answers --help before it opens anything).
gui_help=$("$gui" --help) || fail "shiporskip --help failed"
covers_options shiporskip.1 "shiporskip --help" "$gui_help"
