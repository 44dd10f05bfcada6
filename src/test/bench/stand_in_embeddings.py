# A stand-in OpenAI-compatible embeddings server on 127.0.0.1 (port 18111, or the first argument) for scale.sh:
# a random unit vector per text, seeded by the text's hash (cheap, deterministic, no model), to 5 decimals.
# With "--shape words" after the port ("--shape random" is the default; any other shape stops it), a text's vector is
# instead the sum of a fixed random unit vector per lower-cased word, normalised: texts that share words lie near each
# other, as with a real model, whereas random vectors are the worst case for an HNSW search (VectorShapes.java
# compares the two with a real model's vectors).
# Its own cost is kept small, since it shares the cores with the server it stands in for: the vectors of a request are
# rounded and written as one array (with orjson where it is installed, ~6x cheaper than rounding float by float and
# json.dumps, which cost ~0.4 ms a text, ~2.5 ms a passage with its sentences); the values are the same either way.
import hashlib
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

try:
    import orjson
except ImportError:
    orjson = None

DIMENSION = 384


def random_unit(key):
    rng = np.random.default_rng(int.from_bytes(hashlib.md5(key.encode()).digest()[:8], "little"))
    v = rng.standard_normal(DIMENSION)
    return v / np.linalg.norm(v)


WORD = re.compile(r"[^\W_]+")
word_vectors = {}


def bag_of_words(text):
    v = np.zeros(DIMENSION)
    for word in WORD.findall(text.lower()):
        w = word_vectors.get(word)
        if w is None:
            w = word_vectors[word] = random_unit(word)
        v += w
    norm = np.linalg.norm(v)
    return v / norm if norm > 0 else random_unit(text)


SHAPES = {"random": random_unit, "words": bag_of_words}
shape = sys.argv[3:4] if sys.argv[2:3] == ["--shape"] else ["random"]
if shape == [] or shape[0] not in SHAPES:
    sys.exit(f"unknown --shape {' '.join(shape)!r}: random or words")
vector = SHAPES[shape[0]]


def answer(model, texts):
    vectors = np.round(np.array([vector(t) for t in texts]).reshape(len(texts), DIMENSION), 5)
    if orjson is None:
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors.tolist())]
        return json.dumps({"object": "list", "model": model, "data": data,
                           "usage": {"prompt_tokens": 0, "total_tokens": 0}}).encode()
    data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
    return orjson.dumps({"object": "list", "model": model, "data": data, "usage": {"prompt_tokens": 0, "total_tokens": 0}},
                        option=orjson.OPT_SERIALIZE_NUMPY)


class Handler(BaseHTTPRequestHandler):
    # Keep-alive, as a real embedding server: under HTTP/1.0 each answer closed its connection, and Java's client,
    # reusing a pooled connection the stand-in had closed, failed and was retried after a pause.
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes. With Nagle's algorithm on, the body waited for the client's
    # delayed acknowledgement of the headers on a kept-alive connection: up to 40 ms a call, at random, which the
    # figures counted as Footnote's (a search measured 25-55 ms of which BM25 took 4-9). Real servers send at once.
    disable_nagle_algorithm = True

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        body = answer(body.get("model"), texts)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 18111), Handler).serve_forever()
