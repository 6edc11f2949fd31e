#!/usr/bin/env bash
# Benchmark (not a test): imports 1,000,000 generated realisatie rows (342 gemeenten x every
# bron/categorie/onderdeel series x daily peildata) as CSV and as XLSX into a real ingestion
# service (with the registry it validates gebieden against), each into a fresh data directory
# and a fresh ingestion process, and prints rows/s and the process's peak memory (VmHWM) next
# to the targets: >= 200,000 rows/s for CSV, peak memory under 300 MB.
# The services speak HTTP/2 without TLS (h2c), as behind the gateway; curl is told so.
# Exits 0 whatever the figures; non-zero only when the setup fails or an import is refused.
#
# Env: BENCH_ROUNDS (1): imports per format, each in a fresh process; the median is reported.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${BENCH_ROUNDS:-1}"
doel_rps=200000 doel_mb=300

log() { echo "bench-import: $*" >&2; }
die() { log "$*"; exit 1; }
command -v curl >/dev/null || die "curl is required"
command -v python3 >/dev/null || die "python3 is required"

tmp="$(mktemp -d /tmp/bench-import.XXXXXX)"
pids=()
cleanup() {
  set +e
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "building (Release)"
for p in services/OpgaveRegistry/Regiemonitor.OpgaveRegistry.csproj services/Ingestion/Regiemonitor.Ingestion.csproj \
         tests/Regiemonitor.Benchmarks/Regiemonitor.Benchmarks.csproj; do
  dotnet build "$repo/$p" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
done
log "generating the files"
dotnet "$repo/tests/Regiemonitor.Benchmarks/bin/Release/net10.0/Regiemonitor.Benchmarks.dll" \
  import-bestanden "$repo/../shared/data/gemeenten.csv" "$tmp/files" >&2
rijen=1000000

read -r p_registry p_ingestion < <(python3 - <<'PY'
import random, socket
def free(p):
    s = socket.socket()
    try: s.bind(("127.0.0.1", p)); return True
    except OSError: return False
    finally: s.close()
for _ in range(2000):
    b = random.randrange(20000, 32000 - 2)
    if free(b) and free(b + 1): print(b, b + 1); break
else: raise SystemExit("no free ports")
PY
) || die "could not find free ports"

export DOTNET_ENVIRONMENT=Local ASPNETCORE_ENVIRONMENT=Local
export Regiemonitor__Services__OpgaveRegistry="http://127.0.0.1:$p_registry"
export Regiemonitor__Services__Ingestion="http://127.0.0.1:$p_ingestion"
# Configured because the registry requires them at start-up; neither is called during an import.
export Regiemonitor__Services__Calculation="http://127.0.0.1:9" Regiemonitor__Services__Reporting="http://127.0.0.1:9"
# The benchmark measures the synchronous import: raise the upload limit and keep every file below
# the size from which imports are accepted (202) and processed in the background.
export Regiemonitor__MaxImportBytes=$((1024 * 1024 * 1024)) Regiemonitor__AsyncImportBytes=$((1024 * 1024 * 1024 * 1024))

start() { # name project-dir dll port data-dir; sets $started
  local bin="$repo/$2/bin/Release/net10.0"
  mkdir -p "$5"
  Regiemonitor__DataDir="$5" ASPNETCORE_URLS="http://127.0.0.1:$4" \
    dotnet "$bin/$3.dll" --contentRoot "$bin" >"$tmp/$1.log" 2>&1 &
  started=$!
  pids+=("$started")
  for _ in $(seq 1 600); do
    curl -fsS --http2-prior-knowledge -o /dev/null "http://127.0.0.1:$4/healthz" 2>/dev/null && return 0
    kill -0 "$started" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 30 "$tmp/$1.log" >&2
  die "$1 did not become healthy"
}
stop() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
# CPU seconds (user + system) a process has used; with other load on the machine this varies far less than wall time.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"; }
mb() { awk -v k="$(awk '/^'"$1"':/ {print $2}' "/proc/$2/status")" 'BEGIN { printf "%.0f", k / 1024 }'; }

start registry services/OpgaveRegistry Regiemonitor.OpgaveRegistry "$p_registry" "$tmp/registry"

declare -A res
for ronde in $(seq 1 "$rounds"); do
  for soort in csv xlsx; do
    start ingestion services/Ingestion Regiemonitor.Ingestion "$p_ingestion" "$tmp/ingestion-$soort-$ronde"
    pid=$started
    basis="$(mb VmRSS "$pid")"
    cpu0="$(cpu "$pid")"
    type=text/csv
    [ "$soort" = xlsx ] && type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
    uit="$(curl -sS --http2-prior-knowledge -o "$tmp/antwoord.json" -w '%{http_code} %{time_total}' -X POST -H "Content-Type: $type" \
      --data-binary "@$tmp/files/realisatie-1m.$soort" "http://127.0.0.1:$p_ingestion/api/v1/imports/realisatie")"
    read -r code secs <<<"$uit"
    piek="$(mb VmHWM "$pid")"
    cpus="$(awk -v a="$cpu0" -v b="$(cpu "$pid")" 'BEGIN { printf "%.1f", b - a }')"
    if [ "$code" != 201 ]; then
      log "import of realisatie-1m.$soort answered $code:"; head -c 2000 "$tmp/antwoord.json" >&2; echo >&2
      exit 1
    fi
    grep -q "\"rijen\":$rijen" "$tmp/antwoord.json" || die "the answer does not report $rijen rows: $(head -c 300 "$tmp/antwoord.json")"
    rps="$(awk -v n="$rijen" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')"
    printf 'round %d  %-4s %6.1f s  %9s rows/s  peak %5s MB (idle %s MB)  ingestion CPU %s s\n' \
      "$ronde" "$soort" "$secs" "$rps" "$piek" "$basis" "$cpus"
    res[$soort]+="$secs $piek $cpus;"
    stop "$pid"
    rm -rf "$tmp/ingestion-$soort-$ronde"
  done
done

echo
python3 - "${res[csv]}" "${res[xlsx]}" "$rijen" "$doel_rps" "$doel_mb" "$rounds" <<'PY'
import statistics, sys
n, doel_rps, doel_mb = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"1,000,000 realisatie rows into SQLite through POST /api/v1/imports/realisatie (median of {sys.argv[6]} round(s); wall time of the request):")
print("%-6s %10s %12s %14s %9s %13s   %s" % ("format", "seconds", "rows/s", "peak RSS MB", "CPU s", "rows/CPU-s", "targets"))
for naam, raw in (("csv", sys.argv[1]), ("xlsx", sys.argv[2])):
    rows = [list(map(float, r.split())) for r in raw.split(";") if r.strip()]
    secs, piek, cpu = (statistics.median(r[i] for r in rows) for i in range(3))
    rps = n / secs
    doel = (f">= {doel_rps:,} rows/s: {'met' if rps >= doel_rps else 'NOT met'}; " if naam == "csv" else "(no rows/s target); ") + \
           f"< {doel_mb} MB: {'met' if piek < doel_mb else 'NOT met'}"
    print("%-6s %10.1f %12s %14.0f %9.1f %13s   %s" % (naam, secs, f"{rps:,.0f}", piek, cpu, f"{n / cpu:,.0f}" if cpu else "-", doel))
PY
echo "(rows/s is the target's measure; rows/CPU-s, over the ingestion process's own CPU time, counts all its threads, GC included, and varies less with the load on the machine)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other load on the machine skews these figures)"
exit 0
