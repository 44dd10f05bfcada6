#!/usr/bin/env bash
# Restart time on a folder kept by scale.sh (SCALE_KEEP=1; docs/scale.md): starts the server jar on its unchanged
# corpus and index, as scale.sh's restart does, times from the java command until /actuator/health says UP and until
# /api/index says ready, stops it, and prints one JSON line per run. Runs the jars given one after the other, RUNS
# times (default 3), so that two builds are compared on the same index under the same load.
# Usage: src/test/bench/restart.sh KEPT_FOLDER JAR [JAR...]
#   SCALE_PORT / SCALE_EMBED_PORT (18130 / 18131) as in scale.sh; RESTART_JFR=1 records a Java Flight Recording of each
#   start (KEPT_FOLDER/restart-<run>-<jar>.jfr; read it with `jfr print --events jdk.ExecutionSample`).
set -euo pipefail
work=${1:?usage: restart.sh KEPT_FOLDER JAR [JAR...]}
shift
[ $# -gt 0 ] || { echo "usage: restart.sh KEPT_FOLDER JAR [JAR...]" >&2; exit 1; }
port=${SCALE_PORT:-18130}
embed_port=${SCALE_EMBED_PORT:-18131}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
server='' stand_in=''
cleanup() {
    set +e
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$stand_in" ] && kill "$stand_in" 2>/dev/null && wait "$stand_in" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM
python3 "$here/stand_in_embeddings.py" "$embed_port" & stand_in=$!
for run in $(seq "$runs"); do
    for jar in "$@"; do
        name=$(basename "$jar" .jar)
        jfr=()
        [ -n "${RESTART_JFR:-}" ] && jfr=(-XX:StartFlightRecording=filename="$work/restart-$run-$name.jfr",settings=profile)
        start=$(date +%s.%N)
        java -Xmx1g "${jfr[@]}" -Xlog:gc:file="$work/gc-restart-$run-$name.log" -jar "$jar" --server.port="$port" \
             --footnote.corpus.dir="$work/corpus" --footnote.index.dir="$work/index" \
             --spring.datasource.url="jdbc:h2:file:$work/conversations" \
             --footnote.embedding.provider=openai --footnote.embedding.base-url="http://127.0.0.1:$embed_port/v1" \
             --footnote.embedding.model=stand-in > "$work/server-restart-$run-$name.log" 2>&1 & server=$!
        times=$(python3 "$here/scale_load.py" restart "$port" "$start")
        started=$(grep -o 'Started FootnoteApplication in [0-9.]* seconds' "$work/server-restart-$run-$name.log" | grep -o '[0-9.]* seconds' || true)
        echo "{\"run\": $run, \"jar\": \"$name\", \"load\": $(cut -d' ' -f1 /proc/loadavg), \"spring\": \"$started\", \"times\": $times}"
        kill -TERM "$server"; wait "$server" || true; server=''
    done
done
