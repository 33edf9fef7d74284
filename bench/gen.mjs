// Benchmark data: a PlanSet of `rows` indicator rows (plans × indicators) for generated
// Chinese regions, built from the seed plans' indicators (names, keys, categories, units,
// target kinds) with values scaled per region. Deterministic: a fixed-seed PRNG.
//
// usage: node bench/gen.mjs ROWS > plans.json
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regions } from './regions.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = 20211228;
/** Indicators per plan (the seeds' tables and prose hold about this many). */
export const PER_PLAN = 33;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One template per distinct indicator name of the seeds that has a target to aim at. */
export function templates(planSet) {
  const seen = new Set();
  const out = [];
  for (const p of planSet.plans) {
    for (const ind of p.indicators) {
      const t = ind.targets.at(-1);
      if (!t || seen.has(ind.name)) continue;
      if (t.value == null && !(t.op === 'x2' && ind.baseline)) continue;
      seen.add(ind.name);
      out.push(ind);
    }
  }
  return out;
}

const LEVEL_SCALE = { province: 4, city: 1, county: 0.2 };
const TITLES = [
  '知识产权发展“十四五”规划',
  '知识产权保护和运用“十四五”规划',
  '知识产权“十四五”规划',
  '知识产权强市建设实施方案',
  '加快建设知识产权强市行动方案',
];

/** Units of things counted one by one: their values are whole numbers. */
const COUNTED = new Set(['件', '个', '家', '次', '人', '项']);

/** Rounds to a precision that looks like a plan's: integers from 100 (or for counted
 * units), else 1–2 decimals. */
function tidy(v, unit) {
  if (COUNTED.has(unit)) return Math.round(v);
  if (Math.abs(v) >= 100) return Math.round(v);
  if (Math.abs(v) >= 10) return Math.round(v * 10) / 10;
  return Math.round(v * 100) / 100;
}

/** An indicator of a generated plan, modelled on the seed indicator `tpl`. */
function indicator(tpl, n, level, rand) {
  const t = tpl.targets.at(-1);
  const pct = tpl.unit === '%';
  const scale = pct ? 1 : LEVEL_SCALE[level] * (0.4 + rand() * 1.6);
  const ratio = tpl.baseline && t.value ? tpl.baseline.value / t.value : 0.4 + rand() * 0.4;
  const u = tpl.unit;
  let value = t.value == null ? null : Math.max(1, tidy(t.value * scale * (0.85 + rand() * 0.3), u));
  if (pct && value != null) value = Math.min(100, value);
  const high = t.high == null || value == null ? null : tidy(value * (t.high / t.value), u);
  const baseRef = value ?? tpl.baseline.value * scale * 2;
  const zero = tpl.baseline && tpl.baseline.value === 0;
  const baseline = zero ? 0 : tidy(baseRef * Math.min(0.95, ratio * (0.8 + rand() * 0.4)), u);
  const goal = t.op === 'x2' ? baseline * 2 : (value ?? baseline);
  const actuals = [];
  // One in eight has no monitoring data yet (status no_data).
  if (rand() > 0.125) {
    const pace = -0.1 + rand() * 1.4;
    for (const year of [2021, 2022, 2023]) {
      const elapsed = (year - 2020) / 5;
      const v = baseline + (goal - baseline) * elapsed * pace * (0.9 + rand() * 0.2);
      actuals.push({ year, value: tidy(Math.max(0, v), u), note: '示例数据' });
    }
  }
  return {
    id: `i${n}`,
    name: tpl.name,
    key: tpl.key,
    category: tpl.category,
    unit: tpl.unit,
    baseline: { year: 2020, value: baseline },
    targets: [{ year: 2025, op: t.op, value, high }],
    growth: tpl.growth,
    cumulative: tpl.cumulative,
    per_year: tpl.per_year,
    attribute: tpl.attribute ?? (rand() < 0.8 ? '预期性' : '约束性'),
    source: null,
    actuals,
  };
}

/** `k` distinct items of `list`, in a random order (partial Fisher–Yates). */
function pick(list, k, rand) {
  const a = list.slice();
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

/** A PlanSet with exactly `rows` indicators in total. */
export function generate(rows, seeds = readSeeds()) {
  const rand = prng(SEED);
  const tpls = templates(seeds);
  const per = Math.min(PER_PLAN, tpls.length);
  const plans = [];
  const regs = regions(Math.ceil(rows / per), rand);
  let left = rows;
  regs.forEach((r, i) => {
    const n = Math.min(per, left);
    left -= n;
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    plans.push({
      id: `bench-${i + 1}-ip-2021-2025`,
      title: `${r.region}${TITLES[Math.floor(rand() * TITLES.length)]}`,
      region: r.region,
      level: r.level,
      issuer: `${r.region}人民政府办公室`,
      doc_number: `${r.region.slice(0, 1)}政办发〔2021〕${1 + Math.floor(rand() * 120)}号`,
      issued: `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      period: [2021, 2025],
      indicators: pick(tpls, n, rand).map((t, k) => indicator(t, k + 1, r.level, rand)),
    });
  });
  return { version: 1, plans };
}

/** The seed plans (`seeds/plans.json`, the parser's reviewed output). */
export function readSeeds() {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', 'plans.json'), 'utf8'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(generate(Number(process.argv[2]) || 10000)));
}
