# Sourced by restart.sh and latency.sh: what both need to run server jars on a folder kept by scale.sh. Reads the
# script's arguments (KEPT_FOLDER JAR [JAR...]) into $work and the positional jars, the loopback ports into $port and
# $embed_port, starts the stand-in embedding server and stops it and any server left running on exit; serve starts
# one jar on the kept corpus and index in the background ($server), with its log in $work.
# Usage (in the sourcing script): . "$here/kept_folder.sh" "$@"; shift
usage="usage: $(basename "$0") KEPT_FOLDER JAR [JAR...]"
work=${1:?$usage}
[ $# -gt 1 ] || { echo "$usage" >&2; exit 1; }
port=${SCALE_PORT:-18130}
embed_port=${SCALE_EMBED_PORT:-18131}
server='' stand_in='' server_args=''
cleanup() {
    set +e
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$stand_in" ] && kill "$stand_in" 2>/dev/null && wait "$stand_in" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# SCALE_VECTORS as the folder was made with (scale.sh): the same stand-in shape and model name; SCALE_STAND_IN runs
# another stand-in script, as in scale.sh.
python3 "${SCALE_STAND_IN:-$here/stand_in_embeddings.py}" "$embed_port" ${SCALE_VECTORS:+--shape "$SCALE_VECTORS"} & stand_in=$!

# serve JAR LOG [java options…]: the jar on the kept folder, as scale.sh runs it, in the background, with the server
# arguments in $server_args.
serve() {
    local jar=$1 log=$2
    shift 2
    java -Xmx1g "$@" -jar "$jar" --server.port="$port" \
         --footnote.corpus.dir="$work/corpus" --footnote.index.dir="$work/index" \
         --spring.datasource.url="jdbc:h2:file:$work/conversations" \
         --footnote.embedding.provider=openai --footnote.embedding.base-url="http://127.0.0.1:$embed_port/v1" \
         --footnote.embedding.model="stand-in${SCALE_VECTORS:+-$SCALE_VECTORS}" $server_args > "$log" 2>&1 & server=$!
}
