#!/usr/bin/env bash
# Footnote's own costs at N passages (docs/scale.md): N distinct passages made from SQuAD dev paragraphs, 10 per
# Markdown file, indexed by the server jar under -Xmx1g through its own indexer, with a stand-in embedding server on
# loopback so that the figures are Footnote's and not a model's. Records the indexing rate, the heap after young
# collections and any full collection, the index size on disk, the latencies of the endpoints (after a warm-up),
# and the restart time on the unchanged corpus; prints one Markdown table row (and appends it to RESULTS if given).
# Usage: mvn -B -q package -DskipTests && src/test/bench/scale.sh N [SQUAD_JSON [RESULTS]]
#   SQUAD_JSON defaults to ../shared/data/squad-dev-v1.1.json; needs python3 with numpy (for the stand-in).
#   SCALE_PORT / SCALE_EMBED_PORT (18130 / 18131) choose the loopback ports; SCALE_KEEP=1 keeps the temporary
#   folder (corpus, index, GC logs, server logs, thread dumps) and prints where it is; SCALE_JAR runs another jar
#   (a copy, so that a rebuild of target/ during a long run does not change the server under test);
#   SCALE_INDEX_ONLY=1 stops at `ready` and prints the indexing figures only (rate, heap, full collections, and the
#   CPU seconds of the server, by thread, and of the stand-in);
#   SCALE_JAVA_OPTS adds JVM options to the server (e.g. -XX:StartFlightRecording=filename=...); SCALE_STAND_IN runs
#   another stand-in embedding server script; SCALE_VECTORS=words makes the stand-in answer a bag-of-words vector per
#   text instead of a random one (texts that share words lie near each other, as with a real model; random vectors are
#   the worst case for HNSW: VectorShapes.java), under the model name stand-in-words, so that an index made with one
#   shape is rebuilt rather than searched with the other.
set -euo pipefail
n=${1:?usage: scale.sh N [SQUAD_JSON [RESULTS]]}
squad=${2:-../shared/data/squad-dev-v1.1.json}
results=${3:-}
port=${SCALE_PORT:-18130}
embed_port=${SCALE_EMBED_PORT:-18131}
here=$(cd "$(dirname "$0")" && pwd)
jar=${SCALE_JAR:-$(cd "$here/../../.." && pwd)/target/footnote.jar}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/footnote-scale-$n.XXXXXX")
server='' stand_in=''
cleanup() {
    set +e   # a failing kill or wait must not stop the rest of the clean-up
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$stand_in" ] && kill "$stand_in" 2>/dev/null && wait "$stand_in" 2>/dev/null
    if [ -n "${SCALE_KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { echo "[$(date +%T)] $*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }

log "making $n passages in $work"
python3 "$here/scale_load.py" corpus "$squad" "$n" "$work" >&2

python3 "${SCALE_STAND_IN:-$here/stand_in_embeddings.py}" "$embed_port" ${SCALE_VECTORS:+--shape "$SCALE_VECTORS"} & stand_in=$!
start_server() {
    # shellcheck disable=SC2086  # the options are words
    java -Xmx1g -Xlog:gc:file="$work/gc-$1.log" ${SCALE_JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
         --footnote.corpus.dir="$work/corpus" --footnote.index.dir="$work/index" \
         --spring.datasource.url="jdbc:h2:file:$work/conversations" \
         --footnote.embedding.provider=openai --footnote.embedding.base-url="http://127.0.0.1:$embed_port/v1" \
         --footnote.embedding.model="stand-in${SCALE_VECTORS:+-$SCALE_VECTORS}" > "$work/server-$1.log" 2>&1 & server=$!
}
index_state() { curl -sf "localhost:$port/api/index" || true; }

log "indexing (load average $(load))"
start_server first
up='' ready='' loads=() polls=0
while [ -z "$ready" ]; do
    sleep 2
    kill -0 "$server" 2>/dev/null || { tail -20 "$work/server-first.log" >&2; exit 1; }
    state=$(index_state)
    [ -z "$state" ] && continue
    now=$(date +%s.%N)
    [ -z "$up" ] && up=$now
    grep -q '"state":"ready"' <<< "$state" && ready=$now && echo "$state" > "$work/index-ready.json"
    polls=$((polls + 1))
    if [ $((polls % 30)) -eq 0 ]; then   # once a minute: progress, load, heap, and a thread dump for the profile
        loads+=("$(load)")
        jcmd "$server" Thread.print > "$work/threads-$polls.txt" 2>/dev/null || true
        log "$state load $(load) heap after last GC: $(grep -o '[0-9]*M->[0-9]*M' "$work/gc-first.log" | tail -1)"
    fi
done
cp "$work/gc-first.log" "$work/gc-indexing.log"
index_bytes=$(du -sb "$work/index" | cut -f1)
log "ready: $(cat "$work/index-ready.json"), index $index_bytes bytes"

if [ -n "${SCALE_INDEX_ONLY:-}" ]; then   # the indexing figures alone; the server stops on exit
    # CPU seconds by thread (names with their numbers folded) since the server started, and the stand-in's: under
    # load, what the indexing cost is steadier than the rate it reached.
    python3 - "$server" "$stand_in" <<'PY' >&2
import collections, glob, os, re, sys
tick = os.sysconf("SC_CLK_TCK")
def cpu(stat):
    fields = open(stat).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick
by = collections.Counter()
for task in glob.glob(f"/proc/{sys.argv[1]}/task/*"):
    by[re.sub(r"\d+", "N", open(f"{task}/comm").read().strip())] += cpu(f"{task}/stat")
print(f"CPU seconds: server {cpu(f'/proc/{sys.argv[1]}/stat'):.1f}, stand-in {cpu(f'/proc/{sys.argv[2]}/stat'):.1f}; "
      "by live thread (merge threads that ended are in the total only): "
      + ", ".join(f"{k} {v:.1f}" for k, v in by.most_common(8)))
PY
    python3 - "$work" "$n" "$up" "$ready" "$index_bytes" "${loads[*]:-$(load)} $(load)" <<'PY' | tee -a ${results:-/dev/null}
import json, re, sys
work, n, up, ready, index_bytes, loads = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6].split()
progress = json.load(open(f"{work}/index-ready.json"))
gc = open(f"{work}/gc-indexing.log").read()
after = [int(m.group(1)) for m in re.finditer(r"Pause Young.*?\d+M->(\d+)M", gc)]
passages = progress["passagesDone"]
print(f"| {n:,} ({passages:,}) | {passages / (ready - up):.0f} | {ready - up:.0f} s | {max(after) if after else '-'} MB "
      f"(end {after[-1] if after else '-'} MB) / {gc.count('Pause Full')} full | {index_bytes / 1e9:.2f} | {' '.join(loads)} |")
PY
    exit 0
fi

log "measuring latencies (load average $(load))"
python3 "$here/scale_load.py" latency "$port" "$work/questions.json" > "$work/latency.json"
loads+=("$(load)")

log "restarting on the unchanged corpus"
stop=$(date +%s.%N)
kill -TERM "$server"; wait "$server" || true
start=$(date +%s.%N)
log "stopped in $(echo "$start - $stop" | bc) s (SIGTERM until the process ended)"
start_server restart
python3 "$here/scale_load.py" restart "$port" "$start" > "$work/restart.json"
loads+=("$(load)")

python3 - "$work" "$n" "$up" "$ready" "$index_bytes" "${loads[*]}" <<'PY' | tee -a ${results:-/dev/null}
import json, re, sys
work, n, up, ready, index_bytes, loads = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6].split()
progress = json.load(open(f"{work}/index-ready.json"))
latency = json.load(open(f"{work}/latency.json"))
restart = json.load(open(f"{work}/restart.json"))
def young_after(path):
    return [int(m.group(1)) for m in re.finditer(r"Pause Young.*?\d+M->(\d+)M", open(path).read())]
def full_count(path):
    return open(path).read().count("Pause Full")
after = young_after(f"{work}/gc-indexing.log")
full = full_count(f"{work}/gc-first.log") + full_count(f"{work}/gc-restart.log")
passages = progress["passagesDone"]
rate = passages / (ready - up)
pq = lambda k: f"{latency[k]['p50']:g} / {latency[k]['p95']:g}" + (f" ({latency[k]['failed']} failed)" if latency[k]["failed"] else "")
p50 = lambda k: f"{latency[k]['p50']:g}" + (f" ({latency[k]['failed']} failed)" if latency[k]["failed"] else "")
print(f"details: {passages} passages indexed in {ready - up:.0f} s (server's own figure {progress['passagesPerSecond']:.1f}/s); "
      f"young collections {len(after)}; load average samples {' '.join(loads)}", file=sys.stderr)
print(f"| {n:,} | {rate:.0f} | {max(after) if after else '-'} MB (end {after[-1] if after else '-'} MB) / {full} full "
      f"| {index_bytes / 1e9:.2f} | {pq('search_1')} | {pq('chat_1')} | {pq('search_8')} | {pq('chat_8')} "
      f"| {p50('health')} | {p50('index')} | {p50('documents')} | {p50('positions')} "
      f"| {restart['health_s']:g} s / {restart['ready_s']:g} s |")
PY
