# The HTTP side of scale.sh: makes the corpus, measures the endpoints' latencies, and times a restart.
#   scale_load.py corpus SQUAD_JSON N DIR     N passages, 10 per Markdown file, 1,000 files per sub-folder, in DIR/corpus;
#                                             20 questions and 20 topics from the paragraphs used, in DIR/questions.json
#   scale_load.py latency PORT QUESTIONS      warm-up, then p50/p95 in ms of each endpoint, as one JSON object
#   scale_load.py restart PORT START_EPOCH    seconds from START_EPOCH until /actuator/health is UP and /api/index ready
# Standard library only; one keep-alive connection per client, so a figure is the server's time plus loopback.
import http.client
import json
import os
import statistics
import sys
import threading
import time
import urllib.parse


def make_corpus(squad, n, out):
    data = json.load(open(squad))["data"]
    paragraphs = [(a["title"], p["context"].replace("\n", " "), [q["question"] for q in p["qas"]])
                  for a in data for p in a["paragraphs"]]
    count, files, buffer, copy = 0, 0, [], 0
    questions, topics, seen_titles = [], [], set()
    while count < n:
        for title, text, asked in paragraphs:
            # The copy number makes every passage's text (and so its vector and hash) differ.
            buffer.append(f"Copy {copy}, {title}. {text}")
            count += 1
            # One question per article from the first copy: 20 questions on 20 different subjects.
            if copy == 0 and title not in seen_titles and asked and len(questions) < 20:
                seen_titles.add(title)
                questions.append(asked[0])
                topics.append(title.replace("_", " "))
            if len(buffer) == 10 or count >= n:
                folder = f"{out}/corpus/{files // 1000:03d}"
                os.makedirs(folder, exist_ok=True)
                with open(f"{folder}/part-{files:06d}.md", "w") as f:
                    f.write(f"# Part {files}\n\n" + "\n\n".join(buffer) + "\n")
                files, buffer = files + 1, []
            if count >= n:
                break
        copy += 1
    json.dump({"questions": questions, "topics": topics}, open(f"{out}/questions.json", "w"), indent=1)
    print(f"{count} passages in {files} files, {copy} copies of the {len(paragraphs)} SQuAD dev paragraphs")


class Client:
    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method, path, body=None):
        """Milliseconds for one request; raises on a status other than 200."""
        headers = {"Content-Type": "application/json"} if body is not None else {}
        data = json.dumps(body).encode() if body is not None else None
        start = time.perf_counter()
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
            payload = response.read()
        except (http.client.HTTPException, OSError):
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            raise
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise RuntimeError(f"{method} {path} -> {response.status}: {payload[:300]!r}")
        return elapsed, payload


def search(q):
    return "GET", "/api/search?" + urllib.parse.urlencode({"q": q, "limit": 10}), None


def chat(q):
    return "POST", "/api/chat", {"message": q}


def positions(topic):
    return "POST", "/api/positions", {"topic": topic}


def run(port, requests, clients):
    """Sends the requests over `clients` concurrent keep-alive connections; latencies in ms."""
    times, errors, lock, position = [], [], threading.Lock(), [0]

    def worker():
        client = Client(port)
        while True:
            with lock:
                if position[0] >= len(requests):
                    return
                request = requests[position[0]]
                position[0] += 1
            try:
                elapsed, _ = client.call(*request)
                with lock:
                    times.append(elapsed)
            except Exception as e:  # counted and reported: a figure over failed requests would mislead
                with lock:
                    errors.append(str(e))

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        print(f"{len(errors)} failed requests, first: {errors[0]}", file=sys.stderr)
    return times, len(errors)


def percentiles(times):
    ordered = sorted(times)
    return {"p50": round(statistics.median(ordered), 1),
            "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
            "n": len(ordered)}


def warmup():
    """Searches and chats sent before any is timed (WARMUP, default 500). After 60 of each, the JIT's C2 compiler
    still used a core-second during the next 400 timed searches, and their p50 was 20.0 ms where it was 15.6 ms
    after 500 (1,000,000 passages, side by side): a server that answers all day is measured warm."""
    return int(os.environ.get("WARMUP", "500"))


def latency(port, questions_file):
    spec = json.load(open(questions_file))
    questions, topics = spec["questions"], spec["topics"]
    repeat = lambda make, items, total: [make(items[i % len(items)]) for i in range(total)]
    fixed = lambda method, path, total: [(method, path, None)] * total
    # Warm-up: the JIT, Lucene's caches and the page cache see every kind of request before any is timed.
    run(port, repeat(search, questions, warmup()) + repeat(chat, questions, warmup()) + repeat(positions, topics, 20)
        + fixed("GET", "/actuator/health", 50) + fixed("GET", "/api/index", 50)
        + fixed("GET", "/api/documents?limit=50", 50), 2)
    figures = {}
    for name, requests, clients in [
            ("search_1", repeat(search, questions, 200), 1),
            ("chat_1", repeat(chat, questions, 200), 1),
            ("search_8", repeat(search, questions, 400), 8),
            ("chat_8", repeat(chat, questions, 400), 8),
            ("health", fixed("GET", "/actuator/health", 200), 1),
            ("index", fixed("GET", "/api/index", 200), 1),
            ("documents", fixed("GET", "/api/documents?limit=50", 200), 1),
            ("positions", repeat(positions, topics, 100), 1)]:
        times, failed = run(port, requests, clients)
        figures[name] = percentiles(times) | {"failed": failed} if times else {"failed": failed}
    print(json.dumps(figures))


def restart(port, start_epoch):
    client, health, ready = Client(port), None, None
    while ready is None:
        try:
            if health is None:
                _, body = client.call("GET", "/actuator/health")
                if json.loads(body).get("status") == "UP":
                    health = time.time() - start_epoch
            if health is not None:
                _, body = client.call("GET", "/api/index")
                if json.loads(body).get("state") == "ready":
                    ready = time.time() - start_epoch
        except (OSError, RuntimeError, http.client.HTTPException):
            pass  # not listening yet, or health DOWN (503) while starting
        if ready is None:
            time.sleep(0.05)
        if time.time() - start_epoch > 3600:
            raise SystemExit("not ready within an hour")
    print(json.dumps({"health_s": round(health, 1), "ready_s": round(ready, 1)}))


def search_chat(port, questions_file, count):
    """Search and extractive chat alone, 1 client, after the same warm-up of both: for comparing two builds (latency.sh)."""
    questions = json.load(open(questions_file))["questions"]
    repeat = lambda make, total: [make(questions[i % len(questions)]) for i in range(total)]
    run(port, repeat(search, warmup()) + repeat(chat, warmup()), 2)
    figures = {}
    for name, requests in [("search_1", repeat(search, count)), ("chat_1", repeat(chat, count))]:
        times, failed = run(port, requests, 1)
        figures[name] = percentiles(times) | {"failed": failed} if times else {"failed": failed}
    print(json.dumps(figures))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "corpus":
        make_corpus(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif mode == "latency":
        latency(int(sys.argv[2]), sys.argv[3])
    elif mode == "search-chat":
        search_chat(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    elif mode == "restart":
        restart(int(sys.argv[2]), float(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
