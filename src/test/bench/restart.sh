#!/usr/bin/env bash
# Restart time on a folder kept by scale.sh (SCALE_KEEP=1; docs/scale.md): starts the server jar on its unchanged
# corpus and index, as scale.sh's restart does, times from the java command until /actuator/health says UP and until
# /api/index says ready, stops it, and prints one JSON line per run. Runs the jars given one after the other, RUNS
# times (default 3), so that two builds are compared on the same index under the same load.
# Usage: src/test/bench/restart.sh KEPT_FOLDER JAR [JAR...]
#   SCALE_PORT / SCALE_EMBED_PORT (18130 / 18131) as in scale.sh; RESTART_JFR=1 records a Java Flight Recording of each
#   start (KEPT_FOLDER/restart-<run>-<jar>.jfr; read it with `jfr print --events jdk.ExecutionSample`); extra server
#   arguments in RESTART_ARGS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kept_folder.sh" "$@"
shift
runs=${RUNS:-3}
server_args=${RESTART_ARGS:-}
for run in $(seq "$runs"); do
    for jar in "$@"; do
        name=$(basename "$jar" .jar)
        jfr=()
        [ -n "${RESTART_JFR:-}" ] && jfr=(-XX:StartFlightRecording=filename="$work/restart-$run-$name.jfr",settings=profile)
        start=$(date +%s.%N)
        serve "$jar" "$work/server-restart-$run-$name.log" "${jfr[@]}" -Xlog:gc:file="$work/gc-restart-$run-$name.log"
        times=$(python3 "$here/scale_load.py" restart "$port" "$start")
        started=$(grep -o 'Started FootnoteApplication in [0-9.]* seconds' "$work/server-restart-$run-$name.log" | grep -o '[0-9.]* seconds' || true)
        echo "{\"run\": $run, \"jar\": \"$name\", \"load\": $(cut -d' ' -f1 /proc/loadavg), \"spring\": \"$started\", \"times\": $times}"
        kill -TERM "$server"; wait "$server" || true; server=''
    done
done
