#!/usr/bin/env bash
# Benchmark (not a test): the national dashboard JSON through the gateway (embed token), from the
# reporting service directly (its extra HTTP/1.1 port) and through nginx (keepalive upstream to
# that same port), measured with wrk in one run, alternating, with the same connections.
# Prints req/s and p50/p99 per target (median over the rounds) and the gateway/nginx ratios
# against the targets: gateway >= 0.8x nginx throughput, gateway p99 <= 1.5x nginx p99.
# Exits 0 whatever the figures; non-zero only when the setup fails (a target not answering).
#
# Env: BENCH_DURATION (10s), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_WARMUP (3s),
#      BENCH_ROUNDS (3), BENCH_NGINX_WORKERS (auto).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(dirname "$repo")/shared"
fixtures="$shared/fixtures/nl-2024-09-01"

duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
warmup="${BENCH_WARMUP:-3s}"
rounds="${BENCH_ROUNDS:-3}"
nginx_workers="${BENCH_NGINX_WORKERS:-auto}"
path='/api/v1/dashboards/NL?peildatum=2024-09-01&realisatieTot=2024-09-02'

log() { echo "bench-gateway: $*" >&2; }
die() { log "$*"; exit 1; }

for f in opgaven.csv realisatie.csv; do
  [ -f "$fixtures/$f" ] || die "fixture $fixtures/$f is missing"
done
command -v python3 >/dev/null || die "python3 is required"
command -v curl >/dev/null || die "curl is required"

# --- tools -------------------------------------------------------------------------------------
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if ! command -v wrk >/dev/null || [ ! -x "$nginx_bin" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing wrk and nginx-light"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q wrk nginx-light >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q wrk nginx-light >/dev/null; } \
    || die "could not install wrk and nginx-light"
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
fi
command -v wrk >/dev/null || die "wrk is not available"
[ -x "$nginx_bin" ] || die "nginx is not available"

# --- ports: a block of 5 for the stack, one for reporting's HTTP/1.1 port, one for nginx --------
# Chosen below the usual ephemeral range (32768+) so client sockets cannot take them meanwhile.
read -r port r1 nginx_port < <(python3 - <<'EOF'
import random, socket
def free(p):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p)); return True
    except OSError:
        return False
    finally:
        s.close()
rng = random.Random()
for _ in range(2000):
    base = rng.randrange(20000, 32000 - 7)
    if all(free(p) for p in range(base, base + 7)):
        print(base, base + 5, base + 6); break
else:
    raise SystemExit("no free ports")
EOF
) || die "could not find free ports"

# --- temp dirs and cleanup ---------------------------------------------------------------------
tmp="$(mktemp -d /tmp/bench-gateway.XXXXXX)"
run_pid=""; nginx_pid=""
cleanup() {
  set +e
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -TERM "$nginx_pid"; wait "$nginx_pid" 2>/dev/null
  fi
  if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
    kill -TERM "$run_pid"
    for _ in $(seq 1 150); do kill -0 "$run_pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$run_pid" 2>/dev/null && { log "run.sh did not stop after SIGTERM; sending SIGKILL"; kill -KILL "$run_pid"; }
    wait "$run_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- start the stack ---------------------------------------------------------------------------
admin_key="bench-admin-$RANDOM$RANDOM"
tenant_key="bench-tenant-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
tenant_hash="$(printf %s "$tenant_key" | sha256sum | cut -d' ' -f1)"
mkdir -p "$tmp/data"

log "starting the stack on 127.0.0.1:$port (services $((port + 1))-$((port + 4)), reporting HTTP/1.1 $r1)"
env REGIEMONITOR_PORT="$port" REGIEMONITOR_DATA_DIR="$tmp/data" REGIEMONITOR_ADMIN_KEY="$admin_key" \
  REGIEMONITOR_REPORTING_HTTP1_PORT="$r1" \
  Regiemonitor__Tenants__1__Id=bench \
  Regiemonitor__Tenants__1__ApiKeyHash="$tenant_hash" \
  Regiemonitor__Tenants__1__Scope__0=NL \
  Regiemonitor__Tenants__1__Views__0=dashboard \
  Regiemonitor__Tenants__1__Origins__0=http://127.0.0.1:9 \
  Regiemonitor__Limieten__PerTenantPerMinuut=100000000 \
  Regiemonitor__Limieten__PerIpPerMinuut=100000000 \
  "$repo/run.sh" >"$tmp/run.log" 2>&1 &
run_pid=$!

ready=""
for _ in $(seq 1 480); do
  if grep -q "Regiemonitor is running at http://127.0.0.1:$port" "$tmp/run.log"; then ready=1; break; fi
  kill -0 "$run_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  log "the stack did not report healthy within 4 minutes; last lines of run.sh:"
  tail -n 40 "$tmp/run.log" >&2
  exit 1
fi
gw="http://127.0.0.1:$port"
log "stack is up"

# --- data and token ----------------------------------------------------------------------------
for kind in opgaven realisatie; do
  code="$(curl -sS -o "$tmp/import-$kind.out" -w '%{http_code}' -X POST -H "X-Api-Key: $admin_key" \
    -H 'Content-Type: text/csv' --data-binary "@$fixtures/$kind.csv" "$gw/api/v1/imports/$kind")"
  case "$code" in
    2??) log "imported $kind.csv ($code)";;
    *) log "import of $kind.csv failed: POST $gw/api/v1/imports/$kind -> $code"; head -c 2000 "$tmp/import-$kind.out" >&2; echo >&2; exit 1;;
  esac
done

code="$(curl -sS -o "$tmp/token.json" -w '%{http_code}' -X POST -H "X-Api-Key: $tenant_key" \
  -H 'Content-Type: application/json' --data '{"view":"dashboard","gebied":"NL","lifetimeSeconds":3600}' \
  "$gw/api/v1/embed/tokens")"
[ "$code" = 200 ] || [ "$code" = 201 ] || {
  log "token request failed: POST $gw/api/v1/embed/tokens -> $code"; head -c 2000 "$tmp/token.json" >&2; echo >&2; exit 1; }
token="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$tmp/token.json")" \
  || die "no token in the response of POST /api/v1/embed/tokens"
rm -f "$tmp/token.json"
[ -n "$token" ] || die "empty token"

# --- nginx ------------------------------------------------------------------------------------
mkdir -p "$tmp/nginx/client_body" "$tmp/nginx/proxy" "$tmp/nginx/fastcgi" "$tmp/nginx/uwsgi" "$tmp/nginx/scgi"
# Workers of a root master run as nobody; let them use their temp dirs.
chmod 755 "$tmp" "$tmp/nginx"; chmod 777 "$tmp/nginx"/*
cat >"$tmp/nginx/nginx.conf" <<EOF
worker_processes $nginx_workers;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/client_body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  keepalive_requests 1000000;
  upstream reporting {
    server 127.0.0.1:$r1;
    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://reporting;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Regiemonitor-Scope NL;
    }
  }
}
EOF
"$nginx_bin" -e "$tmp/nginx/error.log" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" \
  -g "daemon off; pid $tmp/nginx/nginx.pid;" >"$tmp/nginx/stdout.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
  kill -0 "$nginx_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$nginx_pid" 2>/dev/null || { log "nginx did not start:"; cat "$tmp/nginx/stdout.log" "$tmp/nginx/error.log" >&2 2>/dev/null; exit 1; }

# --- targets: same JSON everywhere --------------------------------------------------------------
names=(gateway nginx direct)
declare -A url hdr
url[gateway]="$gw$path";                       hdr[gateway]="Authorization: Bearer $token"
url[nginx]="http://127.0.0.1:$nginx_port$path"; hdr[nginx]="X-Bench: nginx"
url[direct]="http://127.0.0.1:$r1$path";       hdr[direct]="X-Regiemonitor-Scope: NL"
# What to show of a request without the token.
shown() { case "$1" in gateway) echo "GET ${url[$1]} with Authorization: Bearer <token>";; *) echo "GET ${url[$1]} with ${hdr[$1]}";; esac; }

declare -A sum
for n in "${names[@]}"; do
  code="$(curl -sS -o "$tmp/body-$n.json" -D "$tmp/head-$n.txt" -w '%{http_code}' -H "${hdr[$n]}" "${url[$n]}" || true)"
  if [ "$code" != 200 ]; then
    log "$n did not answer 200: $(shown "$n") -> ${code:-no response}"
    cat "$tmp/head-$n.txt" >&2 2>/dev/null; head -c 2000 "$tmp/body-$n.json" >&2 2>/dev/null; echo >&2
    exit 1
  fi
  sum[$n]="$(sha256sum <"$tmp/body-$n.json" | cut -d' ' -f1)"
  log "$n: 200, $(wc -c <"$tmp/body-$n.json") bytes, sha256 ${sum[$n]:0:16}…"
done
for n in nginx direct; do
  if [ "${sum[$n]}" != "${sum[gateway]}" ]; then
    log "the body from $n differs from the gateway's; not benchmarking different responses"
    diff <(python3 -m json.tool "$tmp/body-gateway.json" 2>/dev/null || cat "$tmp/body-gateway.json") \
         <(python3 -m json.tool "$tmp/body-$n.json" 2>/dev/null || cat "$tmp/body-$n.json") | head -n 40 >&2
    exit 1
  fi
done

# --- wrk ---------------------------------------------------------------------------------------
# Prints "rps p50ms p99ms non2xx errors" for a wrk output file.
parse() {
  python3 - "$1" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
def ms(v, u):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}[u]
rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
p = {q: re.search(r"^\s*%s%%\s+([\d.]+)(us|ms|s|m|h)\s*$" % q, t, re.M) for q in ("50", "99")}
non = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
err = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
if not rps or not all(p.values()):
    raise SystemExit("cannot parse wrk output")
print(rps.group(1), "%.3f" % ms(*p["50"].groups()), "%.3f" % ms(*p["99"].groups()),
      non.group(1) if non else 0,
      "connect=%s,read=%s,write=%s,timeout=%s" % err.groups() if err and any(int(g) for g in err.groups()) else 0)
EOF
}
run_wrk() { # name duration outfile
  wrk -t"$threads" -c"$connections" -d"$2" --latency -H "${hdr[$1]}" "${url[$1]}" >"$3" 2>&1 \
    || { log "wrk failed against $1:"; cat "$3" >&2; return 1; }
}

log "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
log "wrk -t$threads -c$connections --latency: warm-up $warmup per target, then $rounds rounds of $duration (gateway / nginx / direct)"
for n in "${names[@]}"; do run_wrk "$n" "$warmup" "$tmp/warm-$n.txt"; done

declare -A res
warn=""
for r in $(seq 1 "$rounds"); do
  for n in "${names[@]}"; do
    run_wrk "$n" "$duration" "$tmp/wrk-$n-$r.txt"
    line="$(parse "$tmp/wrk-$n-$r.txt")" || { log "cannot parse wrk output for $n:"; cat "$tmp/wrk-$n-$r.txt" >&2; exit 1; }
    read -r rps p50 p99 non err <<<"$line"
    res[$n]+="$rps $p50 $p99;"
    printf 'round %d  %-8s %10.1f req/s  p50 %8.3f ms  p99 %8.3f ms\n' "$r" "$n" "$rps" "$p50" "$p99"
    if [ "$non" != 0 ] || [ "$err" != 0 ]; then
      printf '         %-8s WARNING: %s non-2xx responses, socket errors: %s\n' "$n" "$non" "$err"
      warn=1
    fi
  done
done

# --- report ------------------------------------------------------------------------------------
echo
python3 - "${res[gateway]}" "${res[nginx]}" "${res[direct]}" "$connections" "$duration" "$rounds" <<'EOF'
import statistics, sys
names = ["gateway", "nginx", "direct"]
med = {}
for n, raw in zip(names, sys.argv[1:4]):
    rows = [list(map(float, r.split())) for r in raw.split(";") if r.strip()]
    med[n] = [statistics.median(c) for c in zip(*rows)]
print("Median of %s rounds, wrk %s connections, %s each:" % (sys.argv[6], sys.argv[4], sys.argv[5]))
print("%-10s %12s %10s %10s" % ("target", "req/s", "p50 ms", "p99 ms"))
for n in names:
    rps, p50, p99 = med[n]
    print("%-10s %12.1f %10.3f %10.3f" % (n, rps, p50, p99))
g, x = med["gateway"], med["nginx"]
thr = g[0] / x[0] if x[0] else float("nan")
lat = g[2] / x[2] if x[2] else float("nan")
print()
print("gateway/nginx throughput: %.2fx  (target >= 0.8x: %s)" % (thr, "met" if thr >= 0.8 else "NOT met"))
print("gateway/nginx p99:        %.2fx  (target <= 1.5x: %s)" % (lat, "met" if lat <= 1.5 else "NOT met"))
d = med["direct"]
print("(for reference: nginx/direct throughput %.2fx, p99 %.2fx)" % (x[0] / d[0] if d[0] else float("nan"), x[2] / d[2] if d[2] else float("nan")))
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other load on the machine skews these figures)"
[ -z "$warn" ] || echo "NOTE: some runs had non-2xx responses or socket errors (see WARNING lines above)."
exit 0
