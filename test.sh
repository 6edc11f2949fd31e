#!/usr/bin/env bash
# Installs what the tests need when it is missing, then runs every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")"

apt_install() { # package...
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

# curl: run.sh waits for /healthz with it; tzdata: Europe/Amsterdam for "today"; ICU: Dutch formatting;
# chromium: PDF export and the browser tests; poppler-utils: the PDF tests read the PDF back.
missing=()
command -v curl >/dev/null || missing+=(curl)
[ -f /usr/share/zoneinfo/Europe/Amsterdam ] || missing+=(tzdata)
ls /usr/lib/*/libicuuc.so.* >/dev/null 2>&1 || missing+=(libicu72)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v flock >/dev/null || missing+=(util-linux)
command -v npm >/dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Regiemonitor.slnx -c Release -nologo -v quiet -clp:ErrorsOnly
# The functional tests start ./run.sh, which builds the same Release output when it is stale.
dotnet test Regiemonitor.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal"

# Browser tests: axe-core (WCAG 2.1 A/AA), keyboard use and screenshots in headless Chromium.
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
npm test --prefix tests/e2e
