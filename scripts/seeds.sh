#!/usr/bin/env bash
# Regenerates seeds/plans.json and seeds/actuals.json from seeds/*.txt (SPEC §7 demo data):
#   1. builds the CLI and parses every seed: `planmeter parse seeds/*.txt`;
#   2. applies the reviewed overrides of seeds/review.json (readable plan ids, key and
#      category fixes matched by indicator name, the hand-made national reference plan);
#   3. writes seeds/actuals.json ({"version":1,"actuals":[…]}): the published figures of
#      published.json that match a plan's indicator (source URL and caveat in `note`),
#      plus sample values for indicators without a published figure, each with
#      "note": "示例数据";
#   4. validates both files with `planmeter check`.
# Needs cargo and python3. published.json is looked up in $PUBLISHED, then
# ../shared/actuals/ and ../../shared/actuals/ (relative to the repository root).
# Usage: scripts/seeds.sh
set -euo pipefail
cd "$(dirname "$0")/.."

published="${PUBLISHED:-}"
for cand in ../shared/actuals/published.json ../../shared/actuals/published.json; do
  [ -n "$published" ] || { [ -f "$cand" ] && published="$cand"; } || true
done
[ -n "$published" ] && [ -f "$published" ] || { echo "seeds.sh: published.json not found (set PUBLISHED=…)" >&2; exit 1; }

cargo build --release --quiet
mkdir -p target
target/release/planmeter parse seeds/*.txt > target/seeds-parsed.json 2> target/seeds-parse.log

python3 - "$published" <<'PY'
import hashlib
import json
import sys

SAMPLE = "示例数据"
parsed = json.load(open("target/seeds-parsed.json", encoding="utf-8"))
review = json.load(open("seeds/review.json", encoding="utf-8"))
published = json.load(open(sys.argv[1], encoding="utf-8"))["actuals"]


def fail(msg):
    sys.exit("seeds.sh: " + msg)


# 1. Reviewed ids and indicator fixes.
plans = []
for p in parsed["plans"]:
    r = review["plans"].get(p["id"])
    if r is None:
        fail(f"no review entry for {p['id']} in seeds/review.json")
    p["id"] = r["id"]
    for fix in r.get("indicators", []):
        hits = [i for i in p["indicators"] if i["name"] == fix["name"]
                and ("kind" not in fix or i["source"]["kind"] == fix["kind"])]
        if not hits:
            fail(f"{p['id']}: review names an indicator the parser no longer finds: {fix['name']}")
        for i in hits:
            for k in ("key", "category", "unit"):
                if k in fix:
                    i[k] = fix[k]
    plans.append(p)
plans += review["reference_plans"]
by_id = {p["id"]: p for p in plans}


def resolve(plan, to):
    for i in plan["indicators"]:
        if i["id"] == to:
            return i
    for i in plan["indicators"]:
        if i.get("key") == to:
            return i
    fail(f"{plan['id']}: no indicator with id or key {to}")


# 2. Published figures.
actuals = []
covered = set()
for rule in review["published"]["use"]:
    plan = by_id.get(rule["plan"]) or fail(f"unknown plan {rule['plan']}")
    ind = resolve(plan, rule["to"])
    recs = [a for a in published if a["region"] == rule["region"] and a["indicator"] == rule["indicator"]]
    if not recs:
        fail(f"no published figure for {rule['region']} {rule['indicator']}")
    for a in recs:
        parts = [rule["caveat"]] if rule.get("caveat") else []
        parts.append("来源：" + a["source"])
        if a.get("note"):
            parts.append(a["note"])
        rec = {"plan": plan["id"], "indicator": ind["id"], "year": a["year"], "value": a["value"]}
        if a.get("unit"):
            rec["unit"] = a["unit"]
        rec["note"] = "；".join(parts)
        actuals.append(rec)
        covered.add((plan["id"], ind["id"]))
        if plan.get("source") is None and ind.get("source") is None:
            # The hand-made reference plan carries its published series itself.
            ind["actuals"] = [x for x in ind["actuals"] if x["year"] != a["year"]]
            ind["actuals"].append({"year": a["year"], "value": a["value"], "note": rec["note"]})
            ind["actuals"].sort(key=lambda x: x["year"])


# 3. Sample values for the demo: deterministic, clearly marked.
def frac(*parts):
    h = hashlib.sha256("/".join(map(str, parts)).encode()).digest()
    return int.from_bytes(h[:4], "big") / 2**32


COUNTS = set("个家件项次名人所场期座条批户位部台篇本种类处")


def rounded(x, like, base, unit, name):
    # Counts of things are whole numbers; rates (每万人口…件) and amounts keep two decimals.
    # A table without a unit column still counts things when its values are whole numbers.
    rate = any(w in name for w in ("每万", "万人", "率", "比重", "占比", "人均"))
    whole = float(like).is_integer() and (base is None or float(base).is_integer())
    count = unit in COUNTS or (unit is None and whole)
    if abs(like) >= 100 or (count and not rate):
        return float(round(x))
    return round(x, 2)


for pid, years in review["samples"].items():
    plan = by_id.get(pid) or fail(f"unknown plan {pid}")
    start = (plan.get("period") or [None])[0]
    for ind in plan["indicators"]:
        if (pid, ind["id"]) in covered:
            continue
        ts = [t for t in ind["targets"] if t.get("value") is not None]
        if not ts or start is None:
            continue
        t = ts[-1]
        v = float(t["value"])
        b = ind["baseline"]["value"] if ind.get("baseline") else None
        stated = b
        by = ind["baseline"]["year"] if ind.get("baseline") else start - 1
        if b is None:
            b = v * (1.4 if t["op"] in ("<=", "<") else 0.6)
        speed = 0.6 + 0.6 * frac(pid, ind["id"])
        for y in years:
            if y >= t["year"] or y <= by:
                continue
            progress = min(1.15, speed * (y - by) / (t["year"] - by))
            actuals.append({"plan": pid, "indicator": ind["id"], "year": y,
                            "value": rounded(b + progress * (v - b), v, stated, ind.get("unit"), ind["name"]),
                            "note": SAMPLE})

with open("seeds/plans.json", "w", encoding="utf-8") as f:
    json.dump({"version": 1, "plans": plans}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open("seeds/actuals.json", "w", encoding="utf-8") as f:
    json.dump({"version": 1, "actuals": actuals}, f, ensure_ascii=False, indent=2)
    f.write("\n")
n_pub = sum(1 for a in actuals if a["note"] != SAMPLE)
print(f"seeds.sh: {len(plans)} plans, {sum(len(p['indicators']) for p in plans)} indicators; "
      f"{n_pub} published and {len(actuals) - n_pub} sample actuals")
PY

target/release/planmeter check seeds/plans.json --actuals seeds/actuals.json
