# shellcheck shell=bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging tests (sourced, not run). A missing tool is a failure, never a skip:
# scripts/setup installs every one of them.

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not installed (scripts/setup installs it)"
  done
}

# A fresh temporary folder in $work, removed on exit.
work=$(mktemp -d "${TMPDIR:-/tmp}/shiporskip-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT
