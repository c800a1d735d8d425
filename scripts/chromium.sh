#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/Hub.BrowserTests) when it is missing.
# Playwright drives it as it is (ExecutablePath=/usr/bin/chromium); no browser is downloaded.
set -euo pipefail
CHROMIUM="${HUB_CHROMIUM:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] && { echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")" >&2; exit 0; }
sudo=""
if [[ $EUID -ne 0 ]]; then command -v sudo >/dev/null || { echo "need root for apt-get" >&2; exit 1; }; sudo="sudo"; fi
# Refresh package lists only when apt does not know the package yet; retry once on stale lists.
apt-cache show chromium >/dev/null 2>&1 || $sudo apt-get update -qq
if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; then
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
[[ -x "$CHROMIUM" ]] || { echo "install finished but $CHROMIUM is missing" >&2; exit 1; }
