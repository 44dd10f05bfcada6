#!/usr/bin/env bash
# Search and extractive chat latency of one or more server jars on a folder kept by scale.sh (SCALE_KEEP=1;
# docs/scale.md): for each jar in turn, starts it on the kept corpus and index (as scale.sh does), waits for ready,
# warms up (WARMUP searches and chats, default 500), times COUNT (default 200) of each from one client, stops it; RUNS rounds (default
# 2) alternate the jars, so that two builds are compared on the same index under the same load. One JSON line per run.
# Usage: src/test/bench/latency.sh KEPT_FOLDER JAR [JAR...]
#   SCALE_PORT / SCALE_EMBED_PORT (18130 / 18131) as in scale.sh; LATENCY_JFR=1 records a Java Flight Recording of the
#   timed part of each run (KEPT_FOLDER/latency-<run>-<jar>.jfr); extra server arguments in LATENCY_ARGS; LATENCY_ALL=1
#   times every endpoint of docs/scale.md's table instead (1 and 8 clients, health, index, documents, positions), as
#   scale.sh does after indexing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kept_folder.sh" "$@"
shift
runs=${RUNS:-2}
count=${COUNT:-200}
server_args=${LATENCY_ARGS:-}
for run in $(seq "$runs"); do
    for jar in "$@"; do
        name=$(basename "$jar" .jar)
        jfr=()
        [ -n "${LATENCY_JFR:-}" ] && jfr=(-XX:StartFlightRecording=filename="$work/latency-$run-$name.jfr",settings=profile)
        serve "$jar" "$work/server-latency-$run-$name.log" "${jfr[@]}"
        python3 "$here/scale_load.py" restart "$port" "$(date +%s.%N)" > /dev/null
        if [ -n "${LATENCY_ALL:-}" ]; then
            figures=$(python3 "$here/scale_load.py" latency "$port" "$work/questions.json")
        else
            figures=$(python3 "$here/scale_load.py" search-chat "$port" "$work/questions.json" "$count")
        fi
        echo "{\"run\": $run, \"jar\": \"$name\", \"load\": $(cut -d' ' -f1 /proc/loadavg), \"latency\": $figures}"
        kill -TERM "$server"; wait "$server" || true; server=''
    done
done
