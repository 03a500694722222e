#!/usr/bin/env bash
# Measures Thusong's start: time from `java -jar` to ready on an empty data folder (which
# includes loading every reference hierarchy and boundary) and on a full one; peak memory of the
# JVM and of the embedded PostgreSQL; and the import times the application logs.
# Usage: bench/startup.sh [rounds]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
PORT="${BENCH_PORT:-18080}"
JAR=$(ls target/thusong-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -q -B package -DskipTests
  JAR=$(ls target/thusong-*.jar | grep -v plain | head -1)
fi
WORK=$(mktemp -d)
trap 'pkill -f "bench-thusong-$$" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

# Runs one start; prints "seconds_to_ready jvm_peak_kib postgres_peak_kib".
start_once() {
  local data="$1" log="$2"
  local t0 t1 pid pg_peak=0 jvm_peak=0
  t0=$(date +%s.%N)
  THUSONG_DATA_DIR="$data" THUSONG_ADMIN_PASSWORD=bench-password-1 SERVER_PORT="$PORT" \
    java -Dbench.tag="bench-thusong-$$" -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Thusong exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  # Let background work (the point-lookup index) settle, then read peaks.
  sleep 5
  jvm_peak=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
  # PostgreSQL is a family of processes sharing memory: add up their proportional set sizes
  # (shared pages split between them) rather than their RSS, which would count shared buffers
  # once per process.
  for p in $(pgrep -f "postgres" || true); do
    if grep -q -- "$data/pg" /proc/$p/cmdline 2>/dev/null || [ "$(ps -o ppid= -p $p | tr -d ' ')" = "$(pgrep -f "postgres -D $data/pg" | head -1)" ]; then
      local pss; pss=$(awk '/^Pss:/{print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0)
      pg_peak=$((pg_peak + ${pss:-0}))
    fi
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(python3 -c "print(round($t1 - $t0, 2))") $jvm_peak $pg_peak"
}

: >"$WORK/empty.txt"; : >"$WORK/full.txt"
for i in $(seq 1 "$ROUNDS"); do
  data="$WORK/data-$i"
  start_once "$data" "$WORK/empty-$i.log" >>"$WORK/empty.txt"
  grep -hoE "Loaded [0-9]+ (areas|boundaries)[^\"]* in [0-9]+ ms" "$WORK/empty-$i.log" >>"$WORK/imports.txt" || true
  start_once "$data" "$WORK/full-$i.log" >>"$WORK/full.txt"
done

python3 - "$WORK" "$ROUNDS" <<'PY'
import statistics, sys, re, os, platform, subprocess
work, rounds = sys.argv[1], sys.argv[2]
def rows(name):
    return [list(map(float, l.split())) for l in open(os.path.join(work, name)) if l.strip()]
empty, full = rows("empty.txt"), rows("full.txt")
med = lambda xs: statistics.median(xs)
print(f"rounds: {rounds}")
print(f"start to ready, empty data folder: median {med([r[0] for r in empty]):.1f} s (all: {', '.join(f'{r[0]:.1f}' for r in empty)})")
print(f"start to ready, full data folder:  median {med([r[0] for r in full]):.1f} s (all: {', '.join(f'{r[0]:.1f}' for r in full)})")
print(f"peak RSS, first start: JVM median {med([r[1] for r in empty])/1024:.0f} MiB, PostgreSQL processes (PSS, 5 s after ready) {med([r[2] for r in empty])/1024:.0f} MiB")
print(f"peak RSS, restart:     JVM median {med([r[1] for r in full])/1024:.0f} MiB, PostgreSQL processes (PSS, 5 s after ready) {med([r[2] for r in full])/1024:.0f} MiB")
imports = {}
path = os.path.join(work, "imports.txt")
if os.path.exists(path):
    for line in open(path):
        m = re.match(r"Loaded (\d+) (\w+)(.*) in (\d+) ms", line.strip())
        if m:
            imports.setdefault(f"{m.group(1)} {m.group(2)}{m.group(3)}", []).append(int(m.group(4)))
for k, v in imports.items():
    print(f"import {k}: median {med(v)} ms")
PY
