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
# postgresql: the server binaries for the throw-away cluster the PostgreSQL provider is tested on.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# A throw-away PostgreSQL cluster on a free local port: initdb in a temporary directory, no
# system service. PostgreSQL refuses to run as root, so as root it runs as an unprivileged user.
pg_dir="$(mktemp -d /tmp/regiemonitor-pg-XXXXXX)"
pg_als=()
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$pg_dir"
  pg_als=(runuser -u postgres --)
fi
pg_stop() {
  "${pg_als[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap pg_stop EXIT
pg_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${pg_als[@]}" "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
"${pg_als[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
# The storage tests create their own databases in it; the functional tests one per stack.
export REGIEMONITOR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

dotnet build Regiemonitor.slnx -c Release -nologo -v quiet -clp:ErrorsOnly
# The functional tests start ./run.sh, which builds the same Release output when it is stale.
dotnet test Regiemonitor.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal"
# Once more with the stacks on PostgreSQL (Regiemonitor:Opslag:Provider), same tests.
REGIEMONITOR_TEST_OPSLAG=PostgreSQL dotnet test tests/Regiemonitor.FunctionalTests -c Release --no-build -nologo \
  --logger "console;verbosity=minimal"

# Browser tests: axe-core (WCAG 2.1 A/AA), keyboard use and screenshots in headless Chromium.
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
npm test --prefix tests/e2e
