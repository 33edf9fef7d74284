// Writes tests/e2e/tmp/big.json: one PlanSet with N indicators (default 1000) for the
// large-table tests. Deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

export function bigPlanSet(n = 1000) {
  const cats = ['creation', 'utilization', 'protection', 'service', 'management', 'other'];
  const words = ['发明专利', '商标', '地理标志', '质押融资', '专利导航', '版权登记', '维权援助'];
  const indicators = [];
  for (let i = 0; i < n; i++) {
    const base = 10 + (i % 37);
    indicators.push({
      id: `i${i + 1}`, name: `第${i + 1}项${words[i % words.length]}指标`, key: null,
      category: cats[i % cats.length], unit: '件',
      baseline: { year: 2020, value: base },
      targets: [{ year: 2025, op: '>=', value: base * 2, high: null }],
      growth: null, cumulative: false, per_year: false,
      attribute: i % 2 ? '预期性' : '约束性', source: null,
      actuals: [{ year: 2023, value: base * (1 + (i % 10) / 10), note: '示例数据' }],
    });
  }
  return { version: 1, plans: [{ id: 'big', title: '大表测试规划', region: '测试市', level: 'city',
    issuer: null, doc_number: null, issued: null, period: [2021, 2025], indicators }] };
}

export function writeBig(n = 1000) {
  const dir = join(ROOT, 'tests', 'e2e', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'big.json'), JSON.stringify(bigPlanSet(n)));
}

if (import.meta.url === `file://${process.argv[1]}`) writeBig(Number(process.argv[2]) || 1000);
