// DataTables gets the same rows as the planmeter table, with the same cell text: the
// release CLI renders the table as static HTML (`planmeter render --widget table`) and each
// row's nine cells become plain strings (tags stripped, entities decoded), the way a
// DataTables page is typically fed from a JSON array.
import { execFileSync } from 'node:child_process';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function text(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
}

/** {columns: [title…], data: [[cell…]…]} for the PlanSet in `file`. */
export function dataTablesRows(cli, file) {
  const html = execFileSync(cli, ['render', '--src', file, '--widget', 'table'], {
    maxBuffer: 1 << 30,
  }).toString();
  const head = /<thead>(.*?)<\/thead>/s.exec(html)?.[1] ?? '';
  const columns = [...head.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map((m) => text(m[1]));
  const data = [];
  for (const m of html.matchAll(/<tr class="pm-row"[^>]*>(.*?)<\/tr>/gs)) {
    data.push([...m[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((c) => text(c[1])));
  }
  return { columns, data };
}
