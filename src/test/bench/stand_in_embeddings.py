# A stand-in OpenAI-compatible embeddings server on 127.0.0.1 (port 18111, or the first argument) for scale.sh:
# a random unit vector per text, seeded by the text's hash (cheap, deterministic, no model).
import hashlib
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

DIMENSION = 384


def embed(text):
    rng = np.random.default_rng(int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "little"))
    v = rng.standard_normal(DIMENSION)
    v /= np.linalg.norm(v)
    return [round(float(x), 5) for x in v]


class Handler(BaseHTTPRequestHandler):
    # Keep-alive, as a real embedding server: under HTTP/1.0 each answer closed its connection, and Java's client,
    # reusing a pooled connection the stand-in had closed, failed and was retried after a pause.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        answer = json.dumps({"object": "list", "model": body.get("model"),
                             "data": [{"object": "embedding", "index": i, "embedding": embed(t)} for i, t in enumerate(texts)],
                             "usage": {"prompt_tokens": 0, "total_tokens": 0}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 18111), Handler).serve_forever()
