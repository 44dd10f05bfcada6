#!/usr/bin/env bash
# Search and extractive chat latency of one or more server jars on a folder kept by scale.sh (SCALE_KEEP=1;
# docs/scale.md): for each jar in turn, starts it on the kept corpus and index (as scale.sh does), waits for ready,
# warms up (60 searches, 60 chats), times COUNT (default 200) of each from one client, stops it; RUNS rounds (default
# 2) alternate the jars, so that two builds are compared on the same index under the same load. One JSON line per run.
# Usage: src/test/bench/latency.sh KEPT_FOLDER JAR [JAR...]
#   SCALE_PORT / SCALE_EMBED_PORT (18130 / 18131) as in scale.sh; LATENCY_JFR=1 records a Java Flight Recording of the
#   timed part of each run (KEPT_FOLDER/latency-<run>-<jar>.jfr); extra server arguments in LATENCY_ARGS.
set -euo pipefail
work=${1:?usage: latency.sh KEPT_FOLDER JAR [JAR...]}
shift
[ $# -gt 0 ] || { echo "usage: latency.sh KEPT_FOLDER JAR [JAR...]" >&2; exit 1; }
port=${SCALE_PORT:-18130}
embed_port=${SCALE_EMBED_PORT:-18131}
runs=${RUNS:-2}
count=${COUNT:-200}
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
        [ -n "${LATENCY_JFR:-}" ] && jfr=(-XX:StartFlightRecording=filename="$work/latency-$run-$name.jfr",settings=profile)
        java -Xmx1g "${jfr[@]}" -jar "$jar" --server.port="$port" \
             --footnote.corpus.dir="$work/corpus" --footnote.index.dir="$work/index" \
             --spring.datasource.url="jdbc:h2:file:$work/conversations" \
             --footnote.embedding.provider=openai --footnote.embedding.base-url="http://127.0.0.1:$embed_port/v1" \
             --footnote.embedding.model=stand-in ${LATENCY_ARGS:-} > "$work/server-latency-$run-$name.log" 2>&1 & server=$!
        python3 "$here/scale_load.py" restart "$port" "$(date +%s.%N)" > /dev/null
        figures=$(python3 "$here/scale_load.py" search-chat "$port" "$work/questions.json" "$count")
        echo "{\"run\": $run, \"jar\": \"$name\", \"load\": $(cut -d' ' -f1 /proc/loadavg), \"latency\": $figures}"
        kill -TERM "$server"; wait "$server" || true; server=''
    done
done
