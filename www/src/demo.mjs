// Generates the demo page www/index.html from the demo data: for every plan a row of
// gauges and a filterable table, and a cross-region comparison. Each widget element holds
// the static markup of `planmeter render` (what readers see without JavaScript/wasm).
//
// usage: node www/src/demo.mjs CLI_BINARY DATA_DIR OUT.html
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const [cli, dataDir, out] = process.argv.slice(2);
const plans = JSON.parse(readFileSync(join(dataDir, 'plans.json'), 'utf8')).plans || [];
let actuals = [];
try {
  actuals = JSON.parse(readFileSync(join(dataDir, 'actuals.json'), 'utf8')).actuals || [];
} catch {}

const esc = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A widget element with its no-JS fallback from the CLI. */
function widget(kind, attrs) {
  const all = { src: 'data/plans.json', actuals: 'data/actuals.json', ...attrs };
  const args = ['render', '--widget', kind, '--src', join(dataDir, 'plans.json'),
    '--actuals', join(dataDir, 'actuals.json')];
  for (const [k, v] of Object.entries(attrs)) args.push(`--${k}`, String(v));
  let fallback = '';
  try {
    fallback = execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    fallback = e.stdout || '';
  }
  const dataAttrs = Object.entries(all).map(([k, v]) => ` data-${k}="${esc(v)}"`).join('');
  return `<div class="demo-widget demo-${kind}" data-planmeter="${kind}"${dataAttrs}>${fallback.trim()}</div>`;
}

/** Indicators worth a gauge: progress computable (baseline and monitoring data) first,
 * then with monitoring data, then with a canonical key; four at most, in plan order. */
function gaugeIndicators(plan) {
  const has = new Set(actuals.filter((a) => a.plan === plan.id).map((a) => a.indicator));
  const measured = (i) => (i.actuals || []).length || has.has(i.id) || (i.key && has.has(i.key));
  const rank = (i) => (i.baseline && measured(i) ? 0 : measured(i) ? 1 : i.key ? 2 : 3);
  return plan.indicators
    .filter((i) => (i.targets || []).length)
    .map((i, n) => ({ i, n, r: rank(i) }))
    .sort((a, b) => a.r - b.r || a.n - b.n)
    .slice(0, 4)
    .sort((a, b) => a.n - b.n)
    .map((x) => x.i);
}

const keyCount = {};
for (const p of plans) for (const i of p.indicators) if (i.key) keyCount[i.key] = (keyCount[i.key] || 0) + 1;
// The comparison: the patent-density key most plans share (any shared key otherwise).
const preferred = ['high_value_invention_patents_per_10k', 'invention_patents_per_10k'];
const compareKey = Object.keys(keyCount)
  .sort((a, b) => (keyCount[b] - keyCount[a]) || (preferred.includes(b) - preferred.includes(a)) || a.localeCompare(b))
  .find((k) => preferred.includes(k) && keyCount[k] > 1) ||
  Object.keys(keyCount).sort((a, b) => keyCount[b] - keyCount[a] || a.localeCompare(b))[0];

// Plans whose gauges can show progress (baseline + monitoring data) come first.
const computable = (p) => gaugeIndicators(p).filter((i) => i.baseline).length;
const sections = plans
  .filter((p) => p.level !== 'national')
  .map((p, n) => ({ p, n, c: computable(p) }))
  .sort((a, b) => b.c - a.c || a.n - b.n)
  .map(({ p }) => {
    const gauges = gaugeIndicators(p)
      .map((i) => widget('gauge', { plan: p.id, indicator: i.id }))
      .join('\n');
    const period = Array.isArray(p.period) ? `（${p.period[0]}—${p.period[1]}年）` : '';
    return `<section class="demo-plan" aria-labelledby="h-${esc(p.id)}">
<h2 id="h-${esc(p.id)}">${esc(p.region)} · 《${esc(p.title)}》${esc(period)}</h2>
<p class="demo-meta">${esc([p.issuer, p.doc_number, p.issued].filter(Boolean).join(' · '))}</p>
<div class="demo-gauges">
${gauges}
</div>
${widget('table', { plan: p.id })}
</section>`;
  })
  .join('\n\n');

const page = `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>planmeter 演示:知识产权规划指标进度</title>
<link rel="stylesheet" href="dist/planmeter.css">
<link rel="stylesheet" href="demo.css">
<script type="module" src="dist/planmeter.js"></script>
<script type="module" src="demo.js"></script>
</head>
<body>
<header class="demo-header">
<h1>知识产权规划指标进度 <small>planmeter 演示</small></h1>
<p class="demo-tools"><button type="button" class="demo-large" aria-pressed="false" hidden>大字模式</button></p>
<p>本页展示五份地方知识产权规划（“十四五”规划、实施方案、行动方案）中的量化指标：每个指标的目标值、基期值、最新监测值和完成进度。
进度按“时间过半、任务过半”和年均增长率测算；表格可按类别、状态、地区、属性筛选，输入文字即时搜索，点击表头排序，并可导出 CSV。</p>
<p class="demo-note"><strong>说明：</strong>标有“<mark>示例数据</mark>”的监测值仅用于演示，并非官方发布数字；其余数值均注明来源。
没有 JavaScript 或 WebAssembly 时，页面仍显示静态表格。</p>
</header>
<main>
${compareKey ? `<section class="demo-compare" aria-labelledby="h-compare">
<h2 id="h-compare">各地区对比</h2>
${widget('compare', { key: compareKey })}
</section>` : ''}

${sections}
</main>
<footer class="demo-footer"><p>数据：规划原文（seeds/），监测值见 actuals.json。由 planmeter（Rust + WebAssembly）渲染。</p></footer>
</body>
</html>
`;
writeFileSync(out, page);
console.log(`demo: ${plans.length} plans → ${out}`);
