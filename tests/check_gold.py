#!/usr/bin/env python3
"""Validate the held-out gold annotations against their documents.

Usage: check_gold.py --gold DIR --docs DIR [--coverage]

Used for both held-out sets (tests/holdout, tests/holdout2). Numbers are looked for
after undoing hard wraps and spelling Chinese numerals (三 -> 3, 百分之六十 -> 60%); table rows
may be one line with tab or space separators, or cells separated by single newlines;
较YYYY年增长N% targets must equal baseline x (1 + N%); 低于 is op "<".

Checks, for every DIR/NAME.json and its document DOCS/NAME.txt (the same checks as the
"Verification" section of ../../shared/gold/README.md):
- schema: exact key order, field types, allowed values of level / op / attribute / source;
- quotes: every quote is an exact substring of the document (warning when it is not unique
  and not shared by another entry, i.e. when the k-th-occurrence rule is needed);
- numbers: every target value, range high and growth rate is a number token of the quote
  (零突破 -> 1 and 翻一番 -> x2 with value null or 2 x baseline are the exceptions);
  every baseline value occurs in the document;
- wording: cumulative needs 累计/累計/〔〕, per_year needs 每年, op ">" needs 超过/突破/">",
  x2 needs 翻一番, range needs a high > value;
- years: baseline year before every target year, target years inside the period;
- header: title, region, issuer and doc_number occur in the document; issued occurs as
  Y年M月D日 or YYYY-MM-DD.
With --coverage, every number of the document that lies outside all quotes is listed for
review by hand (achievements, dates, document numbers, page chrome ...).
Exit status 1 when there is any error.
"""
import argparse
import json
import os
import re
import sys

TOP = ["doc", "title", "region", "level", "issuer", "doc_number", "issued", "period", "indicators"]
IND = ["name", "unit", "baseline", "targets", "growth", "cumulative", "attribute", "source", "quote"]
LEVELS = {"national", "province", "city", "county", "district"}
OPS = {">=", ">", "=", "<=", "<", "range", "x2"}
ATTRS = {None, "预期性", "约束性"}
NUM = re.compile(r"\d+(?:\.\d+)?")
WORDS = {
    ">": ("超过", "突破", "超過", ">", "＞"),
    "<=": ("以内", "以下", "不超过", "不高于", "不超過", "≤"),
    "<": ("低于", "<"),
    "x2": ("翻一番",),
}


CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_value(run):
    """一..九十九 written in Chinese numerals (三, 十, 六十, 四十五) as an int."""
    if "十" not in run:
        return CN.get(run[-1], 0) if len(run) == 1 else None
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (CN.get(tens, 0) if tens else 1) * 10 + (CN.get(ones, 0) if ones else 0)


def plain(s):
    """Spell Chinese numerals as digits."""
    s = s.replace("百分之", "%")
    return re.sub("[一二两三四五六七八九十]+", lambda m: f" {cn_value(m.group())} " if cn_value(m.group()) else m.group(), s)


def numbers(s):
    # a hard wrap may fall inside a number (1\n50件), while table cells are one per line
    joined = [float(m.group()) for m in NUM.finditer(plain(s.replace("\n", "")))]
    return joined + [float(m.group()) for m in NUM.finditer(plain(s))]


def has_num(s, v):
    return any(abs(x - float(v)) < 1e-9 for x in numbers(s))


class Report:
    def __init__(self, name):
        self.name, self.errors, self.warnings = name, [], []

    def err(self, where, msg):
        self.errors.append(f"{self.name}{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{self.name}{where}: {msg}")


def check_header(g, text, r):
    if list(g.keys()) != TOP:
        r.err("", f"top-level keys {list(g.keys())} != {TOP}")
        return False
    if g["level"] not in LEVELS:
        r.err(".level", f"unknown level {g['level']!r}")
    for k in ("title", "region", "issuer", "doc_number"):
        if g[k] is not None and g[k] not in text:
            r.err(f".{k}", f"{g[k]!r} not in document")
    if g["issued"] is not None:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", g["issued"])
        if not m:
            r.err(".issued", f"not YYYY-MM-DD: {g['issued']!r}")
        else:
            y, mo, d = m.groups()
            forms = [g["issued"], f"{y}年{int(mo)}月{int(d)}日", f"{y}年{mo}月{d}日"]
            if not any(f in text for f in forms):
                r.err(".issued", f"{g['issued']} not written in the document")
    p = g["period"]
    if p is not None and not (isinstance(p, list) and len(p) == 2 and p[0] <= p[1]):
        r.err(".period", f"bad period {p!r}")
    return True


def check_shape(i, e, r):
    w = f".indicators[{i}]"
    keys = list(e.keys())
    if keys != IND and keys != IND + ["per_year"]:
        r.err(w, f"keys {keys}")
        return False
    if "per_year" in e and e["per_year"] is not True:
        r.err(w, "per_year present but not true")
    if not isinstance(e["name"], str) or not e["name"]:
        r.err(w, "empty name")
    if e["unit"] is not None and not isinstance(e["unit"], str):
        r.err(w, "unit not a string")
    b = e["baseline"]
    if b is not None and list(b.keys()) != ["year", "value"]:
        r.err(w, f"baseline keys {list(b.keys())}")
    for t in e["targets"]:
        if list(t.keys()) != ["year", "value", "op", "high"]:
            r.err(w, f"target keys {list(t.keys())}")
        elif t["op"] not in OPS:
            r.err(w, f"op {t['op']!r}")
        elif (t["op"] == "range") != (t["high"] is not None):
            r.err(w, "high must be set exactly for range targets")
    gr = e["growth"]
    if gr is not None and (list(gr.keys()) != ["annual_rate_pct", "op"] or gr["op"] not in OPS):
        r.err(w, f"growth {gr!r}")
    if not e["targets"] and gr is None:
        r.err(w, "neither targets nor growth")
    if e["attribute"] not in ATTRS:
        r.err(w, f"attribute {e['attribute']!r}")
    if e["source"] not in ("table", "prose"):
        r.err(w, f"source {e['source']!r}")
    if not isinstance(e["cumulative"], bool):
        r.err(w, "cumulative not a bool")
    return True


def check_values(i, e, text, period, r):
    w = f".indicators[{i}] {e['name']}"
    q = e["quote"]
    if q not in text:
        r.err(w, f"quote not in document: {q!r}")
        return
    if e["source"] == "table" and not any(x in q for x in ("\n", "\t", " ")):
        r.err(w, "table quote is not a row of cells")
    b = e["baseline"]
    for t in e["targets"]:
        if t["op"] == "x2":
            if "翻一番" not in q:
                r.err(w, "x2 without 翻一番 in the quote")
            if t["value"] is not None and (b is None or abs(t["value"] - 2 * b["value"]) > 1e-9):
                r.err(w, "x2 value must be null or 2 x baseline")
        elif t["value"] is None:
            r.err(w, "null target value")
        elif "零突破" in q and t["value"] == 1:
            pass
        elif re.search(r"较\d{4}年增长(\d+(?:\.\d+)?)%", q) and b is not None:
            rate = float(re.search(r"较\d{4}年增长(\d+(?:\.\d+)?)%", q).group(1))
            if abs(t["value"] - b["value"] * (1 + rate / 100)) > 1e-6:
                r.err(w, "较…增长N% value must be baseline x (1 + N%)")
        elif not has_num(q, t["value"]):
            r.err(w, f"target value {t['value']} not in quote")
        if t["op"] == "range" and t["high"] is not None:
            if not has_num(q, t["high"]) or t["high"] <= t["value"]:
                r.err(w, f"range high {t['high']} not in quote or not above value")
        if t["op"] in WORDS and not any(x in q for x in WORDS[t["op"]]):
            r.err(w, f"op {t['op']} without its wording in the quote")
        if period and not period[0] <= t["year"] <= period[1]:
            r.err(w, f"target year {t['year']} outside period {period}")
        if b is not None and b["year"] >= t["year"]:
            r.err(w, f"baseline year {b['year']} not before target year {t['year']}")
    if e["growth"] is not None and not has_num(q, e["growth"]["annual_rate_pct"]):
        r.err(w, "growth rate not in quote")
    if b is not None and not has_num(text, b["value"]):
        r.err(w, f"baseline value {b['value']} not in document")
    if e["cumulative"] and not any(x in q for x in ("累计", "累計", "〔")):
        r.err(w, "cumulative without 累计 or 〔〕 in the quote")
    if "〔" in q and not e["cumulative"]:
        r.warn(w, "〔〕 in the quote but cumulative is false")
    if e.get("per_year") and "每年" not in q:
        r.err(w, "per_year without 每年 in the quote")


def check_uniqueness(inds, text, r):
    uses = {}
    for e in inds:
        uses[e["quote"]] = uses.get(e["quote"], 0) + 1
    for q, n in uses.items():
        occ = text.count(q)
        if occ > 1:
            r.warn("", f"quote occurs {occ} times in the document: {q!r}")
        if n > 1:
            r.warn("", f"quote shared by {n} entries (items of one sentence): {q!r}")


def coverage(inds, text):
    """Numbers of the document outside every quote, with some context."""
    covered = [False] * len(text)
    for e in inds:
        start = 0
        while True:
            k = text.find(e["quote"], start)
            if k < 0:
                break
            for j in range(k, k + len(e["quote"])):
                covered[j] = True
            start = k + 1
    out = []
    for m in NUM.finditer(text):
        if not covered[m.start()]:
            a, b = max(0, m.start() - 12), min(len(text), m.end() + 6)
            out.append(f"{m.group():>10}  …{text[a:b]}…".replace("\n", "⏎"))
    return out


def check(name, gold_dir, docs_dir, want_coverage):
    r = Report(name)
    g = json.load(open(os.path.join(gold_dir, name + ".json"), encoding="utf-8"))
    text = open(os.path.join(docs_dir, name + ".txt"), encoding="utf-8").read()
    if not check_header(g, text, r):
        return r, 0
    if g["doc"] != name:
        r.err(".doc", f"{g['doc']!r} != file name {name!r}")
    inds = g["indicators"]
    for i, e in enumerate(inds):
        if check_shape(i, e, r):
            check_values(i, e, text, g["period"], r)
    check_uniqueness(inds, text, r)
    if want_coverage:
        print(f"--- {name}: numbers outside all quotes")
        for line in coverage(inds, text):
            print("   ", line)
    return r, len(inds)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="folder of gold JSON files")
    ap.add_argument("--docs", required=True, help="folder of the documents (NAME.txt)")
    ap.add_argument("--coverage", action="store_true")
    a = ap.parse_args()
    names = sorted(f[:-5] for f in os.listdir(a.gold) if f.endswith(".json"))
    errors = warnings = total = 0
    for name in names:
        r, n = check(name, a.gold, a.docs, a.coverage)
        total += n
        for m in r.warnings:
            print("warning:", m)
        for m in r.errors:
            print("ERROR:", m)
        errors += len(r.errors)
        warnings += len(r.warnings)
        print(f"{name}: {n} entries, {len(r.errors)} errors, {len(r.warnings)} warnings")
    print(f"total: {len(names)} documents, {total} entries, {errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
