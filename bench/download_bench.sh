#!/bin/sh
# Download benchmark: a generated file served by a private nginx over HTTPS (TLS + Range),
# fetched in the same run by curl, aria2c and our DownloadTask (to a file, CRC-64 verified).
# Reports wall time, MB/s, CPU seconds and peak RSS for each, with ratios to curl, in
# bench/results/downloads.md: the best round per client and the median of the rounds. Sizes:
# 256 MiB and 1 GiB (peak RSS must not grow with size); BB_BENCH_4G=1 adds 4 GiB;
# BB_BENCH_ROUNDS sets the rounds per size (default 3). The report's text below the marker line
# (hand-written notes) is kept; only the generated part above it is replaced.
# Ours runs at its default connections per file (backup-browser) and at one (backup-browser-x1).
# In a build with BB_WITH_CURL both run once more over libcurl's connection (BB_HTTP_TRANSPORT=curl:
# backup-browser-curl, backup-browser-x1-curl), each right beside its own-transport twin, and the
# report adds issue 15's rule: keep libcurl if it reaches >= 0.95x our throughput at <= 1.1x our CPU
# (the decision and its runs: bench/results/transport.md).
#
# BB_BENCH_THROTTLE=25m: nginx limits each connection (limit_rate), as far object stores and
# per-connection limits do; 1 GiB only, curl and aria2c -x4 -s4 against ours at 4 connections and
# at one, into bench/results/downloads-throttled.md (the issue's targets: >= 0.95x aria2c's
# throughput and >= 3.5x our single connection).
#
#   bench/download_bench.sh [BUILD_DIR]     (default: ./build; needs the downloadbench target)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
driver=$build/bench/downloadbench
[ -x "$driver" ] || { echo "build the downloadbench target first: $driver" >&2; exit 1; }
for tool in nginx curl aria2c openssl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

D=$(mktemp -d /tmp/bb-download-bench.XXXXXX)
chmod 755 "$D"
mkdir -p "$D/data" "$D/out" "$D/tmp"
chmod 755 "$D/data"
nginx_pid=
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$D"
}
trap cleanup EXIT INT TERM

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$D/key.pem" -out "$D/cert.pem" 2>/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
throttle=${BB_BENCH_THROTTLE:-}
limit=
[ -n "$throttle" ] && limit="limit_rate $throttle;"
cat > "$D/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $D/nginx.pid;
error_log $D/error.log warn;
events { worker_connections 256; }
http {
    access_log $D/access.log;
    client_body_temp_path $D/tmp/body; proxy_temp_path $D/tmp/proxy;
    fastcgi_temp_path $D/tmp/fastcgi; uwsgi_temp_path $D/tmp/uwsgi; scgi_temp_path $D/tmp/scgi;
    default_type application/octet-stream;
    sendfile on;
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate     $D/cert.pem;
        ssl_certificate_key $D/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $D/data;
        $limit
    }
}
CONF
nginx -e "$D/error.log" -p "$D" -c "$D/nginx.conf" &
nginx_pid=$!
sleep 1

sizes="268435456 1073741824"
[ "${BB_BENCH_4G:-0}" = 1 ] && sizes="$sizes 4294967296"
clients="curl aria2c ours ours-x1"
# Each curl-transport run beside its own-transport twin, so that the other agents' load hits both alike.
if grep -q '^BB_WITH_CURL:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  clients="curl aria2c ours ours-curl ours-x1 ours-x1-curl"
fi
[ -n "$throttle" ] && sizes=1073741824 && clients="curl aria2c-x4 ours ours-x1"
rounds=${BB_BENCH_ROUNDS:-3}
case $rounds in '' | *[!0-9]* | 0) echo "BB_BENCH_ROUNDS must be a positive number" >&2; exit 1 ;; esac

# measure LABEL OUTFILE CMD...: runs CMD under /usr/bin/time -v, prints "label wall cpu rss".
measure() {
  label=$1; out=$2; shift 2
  rm -f "$out"
  /usr/bin/time -v -o "$D/time.txt" "$@" > "$D/cmd.txt" 2>&1 || { cat "$D/cmd.txt" >&2; echo "$label failed" >&2; exit 1; }
  cmp -s "$out" "$D/data/$file" || { echo "$label: output differs from the source" >&2; exit 1; }
  case $label in
  *-curl) grep -q 'transport curl' "$D/cmd.txt" || { echo "$label did not use libcurl" >&2; exit 1; } ;;
  backup-browser*) grep -q 'transport own' "$D/cmd.txt" || { echo "$label did not use our transport" >&2; exit 1; } ;;
  esac
  awk -v label="$label" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident/ { rss = $NF }
    END { printf "%s %.3f %.2f %d\n", label, wall, user + sys, rss }' "$D/time.txt"
  rm -f "$out"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results="$D/results.txt"
: > "$results"
for size in $sizes; do
  file="file-$size.bin"
  echo "generating $size bytes..." >&2
  head -c "$size" /dev/urandom > "$D/data/$file"
  chmod 644 "$D/data/$file"
  crc=$("$driver" --crc-of "$D/data/$file")
  url="https://127.0.0.1:$port/$file"
  cat "$D/data/$file" > /dev/null # same page-cache state for every client
  round=0
  while [ "$round" -lt "$rounds" ]; do
    round=$((round + 1))
    echo "size $size round $round of $rounds" >&2
    # The order alternates between rounds: whoever runs right after another client's gigabyte
    # shares the disk with its write-back.
    order=$clients
    [ $((round % 2)) = 0 ] && order=$(echo "$clients" | tr ' ' '\n' | tac | tr '\n' ' ')
    for client in $order; do
      sync
      case $client in
      curl) measure curl "$D/out/curl.bin" curl -sS --fail --cacert "$D/cert.pem" -o "$D/out/curl.bin" "$url" ;;
      aria2c) measure aria2c "$D/out/aria2c.bin" aria2c -q --ca-certificate="$D/cert.pem" -x1 -s1 \
                --file-allocation=none --allow-overwrite=true -d "$D/out" -o aria2c.bin "$url" ;;
      aria2c-x4) measure aria2c-x4 "$D/out/aria2c.bin" aria2c -q --ca-certificate="$D/cert.pem" -x4 -s4 \
                --file-allocation=none --allow-overwrite=true -d "$D/out" -o aria2c.bin "$url" ;;
      ours) measure backup-browser "$D/out/ours.bin" "$driver" --url "$url" --ca "$D/cert.pem" \
              --out "$D/out/ours.bin" --size "$size" --crc "$crc" ;;
      ours-x1) measure backup-browser-x1 "$D/out/ours.bin" "$driver" --url "$url" --ca "$D/cert.pem" \
              --out "$D/out/ours.bin" --size "$size" --crc "$crc" --connections 1 ;;
      ours-curl) measure backup-browser-curl "$D/out/ours.bin" env BB_HTTP_TRANSPORT=curl "$driver" --url "$url" \
              --ca "$D/cert.pem" --out "$D/out/ours.bin" --size "$size" --crc "$crc" ;;
      ours-x1-curl) measure backup-browser-x1-curl "$D/out/ours.bin" env BB_HTTP_TRANSPORT=curl "$driver" \
              --url "$url" --ca "$D/cert.pem" --out "$D/out/ours.bin" --size "$size" --crc "$crc" --connections 1 ;;
      esac | sed "s/^/$size $round /" >> "$results"
    done
  done
  rm -f "$D/data/$file"
done

mkdir -p "$here/results"
report="$here/results/downloads.md"
[ -n "$throttle" ] && report="$here/results/downloads-throttled.md"
# Everything from this line on is hand-written and survives a run.
marker='<!-- Hand-written notes below: bench/download_bench.sh keeps everything from this line on. -->'
kept="$D/kept.md"
if [ -f "$report" ] && grep -qxF "$marker" "$report"; then
  awk -v marker="$marker" 'found || $0 == marker { found = 1; print }' "$report" > "$kept"
else
  printf '%s\n' "$marker" > "$kept"
fi
{
  if [ -n "$throttle" ]; then
    echo "# Download benchmark: a host that limits each connection to $throttle/s (nginx limit_rate)"
  else
    echo "# Download benchmark"
  fi
  echo
  echo "Generated by \`bench/download_bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -sr),"
  echo "load average before the run $load_before."
  echo "HTTPS from a private nginx on loopback (TLS 1.3, sendfile), each client writing to a file on"
  echo "the same disk; ours also computes CRC-64/XZ while streaming and verifies it. $rounds rounds per"
  echo "size, the client order alternating. \"best\" is each client's fastest round (its wall time and"
  echo "that round's CPU), \"median\" the median wall time and the median CPU over the rounds; ratios"
  echo "compare like with like (best with best, median with median). Peak RSS is the largest of the"
  echo "rounds. Loopback and a shared machine: read the ratios, not the absolute figures. Reproduce:"
  echo "\`bench/download_bench.sh BUILD_DIR\` (BB_BENCH_4G=1 adds 4 GiB, BB_BENCH_ROUNDS=N sets the rounds)."
  echo
  echo "| size | client | wall s best / median | MB/s best / median | CPU s/GiB best / median | peak RSS MB | throughput vs curl best / median | CPU vs curl best / median |"
  echo "|---|---|---|---|---|---|---|---|"
  awk '
    function median(list,   a, n, i, j, t) {
      n = split(list, a, " ")
      for (i = 2; i <= n; ++i) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; --j) a[j + 1] = a[j]; a[j + 1] = t }
      return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { key = $1 " " $3
      if (!(key in wall) || $4 < wall[key]) { wall[key] = $4; cpu[key] = $5 }
      if (!(key in rss) || $6 > rss[key]) rss[key] = $6
      walls[key] = walls[key] " " $4; cpus[key] = cpus[key] " " $5
      sizes[$1] = 1 }
    END {
      n = split("curl aria2c aria2c-x4 backup-browser backup-browser-curl backup-browser-x1 backup-browser-x1-curl", order, " ")
      for (s in sizes) {
        base = s " curl"; gib = s / 1073741824
        bw = median(walls[base]); bc = median(cpus[base])
        for (i = 1; i <= n; ++i) {
          c = order[i]; k = s " " c
          if (!(k in wall)) continue
          mw = median(walls[k]); mc = median(cpus[k])
          printf "| %d MiB | %s | %.2f / %.2f | %.0f / %.0f | %.2f / %.2f | %.1f | %.2f× / %.2f× | %.2f× / %.2f× |\n",
                 s / 1048576, c, wall[k], mw, s / wall[k] / 1e6, s / mw / 1e6, cpu[k] / gib, mc / gib, rss[k] / 1024,
                 wall[base] / wall[k], bw / mw, cpu[k] / cpu[base], mc / bc
        }
      }
      # The targets of issue 15: ours at its default connections against aria2c -x4 and against
      # itself at one connection (best / median).
      for (s in sizes) {
        k = s " backup-browser"; a = s " aria2c-x4"; o = s " backup-browser-x1"
        if ((k in wall) && (a in wall))
          printf "RATIO %d MiB: backup-browser vs aria2c -x4 %.2f× / %.2f×\n", s / 1048576,
                 wall[a] / wall[k], median(walls[a]) / median(walls[k])
        if ((k in wall) && (o in wall))
          printf "RATIO %d MiB: backup-browser vs backup-browser-x1 %.2f× / %.2f×\n", s / 1048576,
                 wall[o] / wall[k], median(walls[o]) / median(walls[k])
      }
      # Issue 15, the transport: libcurl against our own connection, at the default connections
      # and at one; kept if >= 0.95x the throughput at <= 1.1x the CPU (judged on the medians).
      for (s in sizes) {
        for (v = 1; v <= 2; ++v) {
          own = (v == 1) ? "backup-browser" : "backup-browser-x1"; lib = own "-curl"
          k = s " " own; c = s " " lib
          if (!(k in wall) || !(c in wall)) continue
          tb = wall[k] / wall[c]; tm = median(walls[k]) / median(walls[c])
          cb = cpu[c] / cpu[k]; cm = median(cpus[c]) / median(cpus[k])
          printf "TRANSPORT %d MiB: %s vs %s: throughput %.2f× / %.2f×, CPU %.2f× / %.2f×, peak RSS %.1f / %.1f MB: %s\n",
                 s / 1048576, lib, own, tb, tm, cb, cm, rss[c] / 1024, rss[k] / 1024,
                 (tm >= 0.95 && cm <= 1.1) ? "meets the rule" : "misses the rule"
        }
      }
    }' "$results" > "$D/table.txt"
  grep -v '^RATIO\|^TRANSPORT' "$D/table.txt" | sort -t'|' -k2,2n -s
  echo
  echo "Throughput ratios (best / median):"
  echo
  grep '^RATIO' "$D/table.txt" | sed 's/^RATIO /- /'
  if grep -q '^TRANSPORT' "$D/table.txt"; then
    echo
    echo "Transport (issue 15): libcurl's connection against our own, in the same run, each run right"
    echo "beside its twin (the order alternating between rounds); ratios best / median, the rule"
    echo "(>= 0.95x throughput at <= 1.1x CPU) judged on the medians:"
    echo
    grep '^TRANSPORT' "$D/table.txt" | sort -n -k2 | sed 's/^TRANSPORT /- /'
  fi
  echo
  echo "Raw rounds (size, round, client, wall s, CPU s, peak RSS KiB):"
  echo
  echo '```'
  cat "$results"
  echo '```'
  echo
  cat "$kept"
} > "$D/report.md"
mv "$D/report.md" "$report"
cat "$report"
