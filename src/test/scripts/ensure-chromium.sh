#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are installed for the browser tests (src/test/java/.../browser).
# Nothing is downloaded from the internet other than through apt: no Selenium Manager, no Chrome for Testing.
# Run by `./mvnw verify` in the pre-integration-test phase; `-DskipBrowserTests` skips it.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

have_browser() {
  [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]
}

if have_browser; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests: installing Debian's chromium and chromium-driver with apt-get" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  if have_browser; then
    exit 0
  fi
  echo "Browser tests: apt-get finished but $CHROMIUM or $CHROMEDRIVER is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
Browser tests need Debian's chromium and chromium-driver ($CHROMIUM and $CHROMEDRIVER), and they are missing.
Install them as root:
    apt-get install chromium chromium-driver
or run the build without the browser tests:
    ./mvnw verify -DskipBrowserTests
MSG
exit 1
