#!/usr/bin/env python3
"""Writes near-miss questions from SQuAD dev, the way SQuAD 2.0 made unanswerable ones: an answerable question with
its key name, place, year or number swapped for one that occurs nowhere in the corpus (every paragraph and title of
the file). The question still reads like one the corpus answers, but nothing in it is about the swapped thing, so the
honest answer is a refusal.

One swap per question, of the first kind the question has in this order: a year, a name (a run of capitalised words
that is not the question's first word), another number. Questions with none are left out. The swapped-in names come
from small pools of real names (people, places, organisations), chosen by a rough guess at the original's kind, and
kept only when no paragraph or title contains them.

    python3 src/test/bench/near_miss.py ../shared/data/squad-dev-v1.1.json --articles 1-24 --every 2 \
        --out target/near-miss-1-24.txt
    python3 src/test/bench/near_miss.py ../shared/data/squad-dev-v1.1.json --articles 25-48 --every 3 \
        --out target/near-miss-25-48.txt
    python3 src/test/bench/near_miss.py ../shared/data/squad-dev-v1.1.json --articles 13-24 --every 3 --plain \
        --out target/ooc-13-24.txt    # as they are: questions for an index without their articles
"""
import argparse
import json
import random
import re

PEOPLE = ["Greta Garbo", "Ansel Adams", "Maya Angelou", "Pablo Neruda", "Akira Kurosawa", "Frida Kahlo",
          "Enzo Ferrari", "Golda Meir", "Roald Amundsen", "Edith Piaf", "Jomo Kenyatta", "Imre Kertesz",
          "Agatha Christie", "Ravi Shankar", "Astrid Lindgren", "Haile Selassie", "Juan Peron", "Ada Lovelace",
          "Tove Jansson", "Hideki Tojo", "Mirza Ghalib", "Camille Pissarro", "Ingmar Bergman", "Kemal Sunal",
          "Walther Nernst", "Liv Ullmann", "Zora Neale Hurston", "Sun Yat-sen", "Vaclav Havel", "Fela Kuti"]
PLACES = ["Tasmania", "Ulaanbaatar", "Reykjavik", "Montevideo", "Kyrgyzstan", "Lesotho", "Tbilisi", "Nunavut",
          "Sardinia", "Patagonia", "Zanzibar", "Bhutan", "Manitoba", "Yukon", "Tahiti", "Greenland", "Madagascar",
          "Bratislava", "Vladivostok", "Cartagena", "Kamchatka", "Andorra", "Suriname", "Mauritius", "Tromso",
          "Saskatchewan", "Kazakhstan", "Moldova", "Fiji", "Nagaland", "Galway", "Asturias"]
ORGS = ["Nintendo", "Greenpeace", "Interpol", "the Bolshoi Ballet", "Lufthansa", "Unilever", "Rolex",
        "the Red Cross", "Heineken", "Ikea", "the Vienna Philharmonic", "Aeroflot", "Olivetti", "Maersk",
        "the Hanseatic League", "Nokia", "Tata Steel", "the Salvation Army", "Petrobras", "Volvo",
        "the Bauhaus", "Ryanair", "Gazprom", "the Mossad", "Carlsberg"]
ORG_WORDS = {"university", "college", "company", "corporation", "party", "church", "council", "association",
             "museum", "club", "institute", "society", "league", "bank", "army", "navy", "agency", "school",
             "committee", "department", "ministry", "court", "union", "foundation", "group", "network", "inc",
             "team", "broncos", "panthers", "commission", "parliament", "congress", "academy", "orchestra"}
QUESTION_WORDS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how", "in", "on", "at", "the",
                  "a", "an", "during", "after", "before", "according", "to", "for", "of", "from", "by", "with",
                  "is", "was", "were", "did", "does", "do", "are", "name", "along", "besides", "as", "i"}
NAME = re.compile(r"(?:[A-Z][\w'\-\.]*)(?:\s+(?:of|the|de|and|von|van)?\s*[A-Z][\w'\-\.]*)*")
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


def articles(spec):
    a, b = spec.split("-")
    return int(a), int(b)


def kind(name, before):
    words = name.lower().split()
    if ORG_WORDS & set(words):
        return ORGS
    if before in ("in", "at", "from", "to", "near") and len(words) <= 2:
        return PLACES
    return PEOPLE if len(words) >= 2 else PLACES


def swap(question, corpus, rng):
    # 1. a year, moved to one the corpus never mentions
    m = YEAR.search(question)
    if m:
        year = int(m.group(1))
        for offset in (-37, 23, -61, 41, -83, 17, 97, -13):
            new = str(year + offset)
            if new not in corpus:
                return question[:m.start()] + new + question[m.end():], "year", m.group(1), new
    # 2. a name that is not the question's first word (a question word) and not a bare question word
    for m in NAME.finditer(question):
        name = m.group(0).strip(" .?")
        if m.start() == 0 or name.lower() in QUESTION_WORDS or len(name) < 2:
            continue
        before = question[:m.start()].split()[-1].lower() if question[:m.start()].split() else ""
        pool = [p for p in kind(name, before) if p.lower() not in corpus]
        if pool:
            new = rng.choice(pool)
            return question[:m.start()] + new + question[m.start() + len(name):], "name", name, new
    # 3. another number
    m = NUMBER.search(question)
    if m:
        value = float(m.group(0).replace(",", ""))
        for factor in (7, 13, 3.5, 11):
            new = str(int(value * factor + 3))
            if new not in corpus:
                return question[:m.start()] + new + question[m.end():], "number", m.group(0), new
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("squad")
    ap.add_argument("--articles", required=True, help="1-based article range, e.g. 25-48")
    ap.add_argument("--every", type=int, default=1, help="take every n-th question")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--out", required=True)
    ap.add_argument("--plain", action="store_true",
                    help="write the questions as they are (out-of-corpus questions for another index)")
    args = ap.parse_args()
    data = json.load(open(args.squad))["data"]
    corpus = " ".join([a["title"].replace("_", " ") for a in data]
                      + [p["context"] for a in data for p in a["paragraphs"]]).lower()
    first, last = articles(args.articles)
    rng = random.Random(args.seed)
    questions = [q["question"].strip() for a in data[first - 1:last] for p in a["paragraphs"] for q in p["qas"]]
    if args.plain:
        with open(args.out, "w") as f:
            f.write("\n".join(q.replace("\n", " ") for q in questions[::args.every]) + "\n")
        print(f"{len(questions[::args.every])} questions -> {args.out}")
        return
    out, kinds, details = [], {}, []
    for q in questions[::args.every]:
        swapped = swap(q, corpus, rng)
        if swapped is None:
            continue
        text, what, old, new = swapped
        out.append(text)
        kinds[what] = kinds.get(what, 0) + 1
        details.append({"question": q, "nearMiss": text, "swapped": what, "from": old, "to": new})
    with open(args.out, "w") as f:
        f.write("\n".join(out) + "\n")
    with open(re.sub(r"\.txt$", "", args.out) + ".json", "w") as f:
        json.dump(details, f, indent=1)
    print(f"{len(out)} near-miss questions from {len(questions[::args.every])} asked ({kinds}) -> {args.out}")


if __name__ == "__main__":
    main()
