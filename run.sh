#!/usr/bin/env bash
# Runs Regiemonitor on this machine: four services and the gateway as separate processes on
# localhost, SQLite under REGIEMONITOR_DATA_DIR. Ctrl+C or SIGTERM stops every process it started.
set -euo pipefail
cd "$(dirname "$0")"

PORT="${REGIEMONITOR_PORT:-8080}"
DATA_DIR="${REGIEMONITOR_DATA_DIR:-./.data}"
ADMIN_KEY="${REGIEMONITOR_ADMIN_KEY:-dev-admin-key}"
# "Local" is the only environment that accepts the placeholder admin key.
ENVIRONMENT="${REGIEMONITOR_ENVIRONMENT:-Local}"
CONFIG=Release

mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

# Build only when a source is newer than the last build, so a restart is quick. The stamp takes
# the time the build started (a file edited during a build is rebuilt next time), and a lock
# keeps two run.sh from building the same output at once.
stamp="gateway/bin/$CONFIG/net10.0/.built"
mkdir -p "$(dirname "$stamp")"
exec 9>"$(dirname "$stamp")/.build.lock"
flock 9
if [ ! -f "$stamp" ] || [ -n "$(find protos services gateway Directory.Build.props Directory.Packages.props \
      \( -name bin -o -name obj \) -prune -o -type f -newer "$stamp" -print -quit)" ]; then
  echo "Building Regiemonitor ($CONFIG)..."
  touch "$stamp.start"
  for p in gateway/Regiemonitor.Gateway.csproj services/OpgaveRegistry/Regiemonitor.OpgaveRegistry.csproj \
           services/Ingestion/Regiemonitor.Ingestion.csproj services/Calculation/Api/Regiemonitor.Calculation.Api.csproj \
           services/Reporting/Regiemonitor.Reporting.csproj; do
    dotnet build "$p" -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly
  done
  mv "$stamp.start" "$stamp"
fi
flock -u 9

export DOTNET_ENVIRONMENT="$ENVIRONMENT" ASPNETCORE_ENVIRONMENT="$ENVIRONMENT"
export Regiemonitor__DataDir="$DATA_DIR"
export Regiemonitor__Services__OpgaveRegistry="http://127.0.0.1:$((PORT + 1))"
export Regiemonitor__Services__Ingestion="http://127.0.0.1:$((PORT + 2))"
export Regiemonitor__Services__Calculation="http://127.0.0.1:$((PORT + 3))"
export Regiemonitor__Services__Reporting="http://127.0.0.1:$((PORT + 4))"

pids=()
stop() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

start() { # name project-dir assembly port [extra env...]
  local name=$1 dir=$2 dll=$3 port=$4; shift 4
  local bin="$PWD/$dir/bin/$CONFIG/net10.0"
  # Process substitution keeps $! the dotnet process itself, so a signal reaches it directly.
  env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$bin/$dll.dll" --contentRoot "$bin" > >(sed -u "s/^/[$name] /") 2>&1 &
  pids+=($!)
}

# A local run gets a demo portal (tenant) for Drenthe, so embedding can be tried at once
# (gateway/voorbeeldportaal). Its key is a placeholder and therefore only configured locally.
demo=()
if [ "$ENVIRONMENT" = Local ]; then
  demo_key="${REGIEMONITOR_DEMO_TENANT_KEY:-dev-tenant-sleutel-drenthe}"
  demo=(Regiemonitor__Tenants__0__Id=drenthe-demo "Regiemonitor__Tenants__0__Naam=Provincie Drenthe (demo)"
        "Regiemonitor__Tenants__0__ApiKeyHash=$(printf %s "$demo_key" | sha256sum | cut -d' ' -f1)"
        Regiemonitor__Tenants__0__Scope__0=PV22 Regiemonitor__Tenants__0__Views__0=dashboard)
  i=0
  IFS=, read -ra demo_origins <<< "${REGIEMONITOR_DEMO_ORIGINS:-http://127.0.0.1:8090,http://localhost:8090}"
  for origin in "${demo_origins[@]}"; do demo+=("Regiemonitor__Tenants__0__Origins__$i=$origin"); i=$((i + 1)); done
fi

# Events (embedded transport): each import's event goes to reporting as an HTTP POST of the
# CloudEvent, as a Dapr sidecar would deliver it. Index 0 is reporting; more subscribers can be
# added from outside with index 1 and up (Regiemonitor__Events__Abonnees__<topic>__1=URL).
events="http://127.0.0.1:$((PORT + 4))/events"
start registry    services/OpgaveRegistry  Regiemonitor.OpgaveRegistry  $((PORT + 1)) \
  "Regiemonitor__Events__Abonnees__opgave-gewijzigd__0=$events/opgave-gewijzigd"
start ingestion   services/Ingestion       Regiemonitor.Ingestion       $((PORT + 2)) \
  "Regiemonitor__Events__Abonnees__realisatie-geimporteerd__0=$events/realisatie-geimporteerd"
start calculation services/Calculation/Api Regiemonitor.Calculation.Api $((PORT + 3))
# REGIEMONITOR_REPORTING_HTTP1_PORT: an extra HTTP/1.1 port on reporting (benchmarks, probes).
start reporting   services/Reporting       Regiemonitor.Reporting       $((PORT + 4)) \
  ${REGIEMONITOR_REPORTING_HTTP1_PORT:+Regiemonitor__Http1Poort=$REGIEMONITOR_REPORTING_HTTP1_PORT}
start gateway     gateway                  Regiemonitor.Gateway         "$PORT" Regiemonitor__AdminKey="$ADMIN_KEY" "${demo[@]}" \
  Regiemonitor__OpenbareDashboards="${REGIEMONITOR_PUBLIC_DASHBOARDS:-$([ "$ENVIRONMENT" = Local ] && echo true || echo false)}"

url="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "run.sh: a process failed to start; see its output above" >&2; exit 1; }
  done
  if curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; then
    echo "Regiemonitor is running at $url (Ctrl+C stops it)"
    break
  fi
  sleep 0.1
done
curl -fsS -o /dev/null "$url/healthz" 2>/dev/null || { echo "run.sh: the stack did not become healthy in 30 seconds" >&2; exit 1; }

# Keep running until a process ends (then stop the rest) or a signal arrives.
wait -n "${pids[@]}" || true
echo "run.sh: a process stopped; stopping the others" >&2
exit 1
