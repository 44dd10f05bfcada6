#!/usr/bin/env bash
# Indexes 100,000 distinct passages (10,000 Markdown files made from SQuAD dev paragraphs) through the
# server's own indexer under -Xmx1g, with a stand-in embedding server on loopback so that the run is bound
# by Footnote rather than by MiniLM, and prints the heap after each young collection as indexing goes.
# Usage: src/test/bench/heap-100k.sh [SQUAD_JSON] (default ../shared/data/squad-dev-v1.1.json); needs python3 with numpy.
set -euo pipefail
squad=${1:-../shared/data/squad-dev-v1.1.json}
work=$(mktemp -d)
here=$(cd "$(dirname "$0")" && pwd)
python3 - "$squad" "$work/corpus" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
paragraphs = [(a['title'], p['context'].replace('\n', ' ')) for a in d['data'] for p in a['paragraphs']]
n, f, buf, copy = 0, 0, [], 0
while n < 100000:
    for title, text in paragraphs:
        buf.append(f"Copy {copy}, {title}. {text}")
        n += 1
        if len(buf) == 10:
            folder = f"{sys.argv[2]}/{f // 1000:02d}"
            os.makedirs(folder, exist_ok=True)
            open(f"{folder}/part-{f:05d}.md", "w").write(f"# Part {f}\n\n" + "\n\n".join(buf) + "\n")
            f, buf = f + 1, []
        if n >= 100000:
            break
    copy += 1
PY
python3 "$here/stand_in_embeddings.py" & stand_in=$!
java -Xmx1g -Xlog:gc:file="$work/gc.log" -jar target/footnote.jar --server.port=18120 \
     --footnote.corpus.dir="$work/corpus" --footnote.index.dir="$work/index" --spring.datasource.url="jdbc:h2:file:$work/conv" \
     --footnote.embedding.provider=openai --footnote.embedding.base-url=http://127.0.0.1:18111/v1 \
     --footnote.embedding.model=stand-in > "$work/server.log" 2>&1 & server=$!
trap 'kill $server $stand_in 2>/dev/null' EXIT
until curl -s localhost:18120/api/index | grep -q '"state":"ready"'; do
    sleep 30
    echo "$(curl -s localhost:18120/api/index)  heap after last GC: $(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | tail -1)"
done
