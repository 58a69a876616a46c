// Measuring half of bench/search (which does the orchestration): picks typical queries from a catalogue,
// sums the bytes an index folder holds, and drives headless Chromium to count what a browser downloads,
// cold, for one query on our /zoeken/ page and on a bench-only Pagefind page.
//
//   node bench/search-bytes.mjs pick CONTENT_DIR META_JSON            -> JSON: the one- and three-word query
//   node bench/search-bytes.mjs dirstats DIR                          -> JSON: files, raw bytes, gzip -9 bytes
//   node bench/search-bytes.mjs measure CONFIG_JSON                   -> prints the per-query and comparison tables
//
// Bytes are response.body() lengths (what the local server sent; it does not compress), and "gzip" is each
// body compressed on its own with zlib's gzip at level 9, an estimate of what a compressing server transfers.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

// ---------------------------------------------------------------------------------------------- pick

const WORD = /\p{L}+/gu;

/** The text a reader sees of a content file: its titles and descriptions, and its Markdown body. */
function visibleText(source) {
  const m = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) return source;
  const front = m[1].split(/\r?\n/)
    .filter((line) => /^\s*(-\s*)?(title|description)\s*:/.test(line))
    .map((line) => line.replace(/^[^:]*:/, ''));
  return `${front.join('\n')}\n${m[2]}`;
}

function pick(contentDir, metaJson) {
  const stop = new Set(JSON.parse(fs.readFileSync(metaJson, 'utf8')).stopwords);
  const files = [];
  for (const kind of ['beroepen', 'competenties', 'sleutelvaardigheden']) {
    const walk = (dir) => {
      if (!fs.existsSync(dir)) return;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.md')) files.push(full);
      }
    };
    walk(path.join(contentDir, kind));
  }
  const texts = files.map((f) => visibleText(fs.readFileSync(f, 'utf8')).toLowerCase());
  const words = (text) => (text.match(WORD) || []).filter((w) => w.length >= 5 && !stop.has(w));
  const df = new Map();
  for (const text of texts) for (const w of new Set(words(text))) df.set(w, (df.get(w) || 0) + 1);
  const n = files.length;
  const inBand = (w, lo, hi) => df.get(w) >= lo * n && df.get(w) <= hi * n;

  // One word: the longest word (content words are long) found in 1.5-4% of the pages; ties: nearest 2.5%.
  const one = [...df.keys()].filter((w) => inBand(w, 0.015, 0.04))
    .sort((a, b) => b.length - a.length || Math.abs(df.get(a) - 0.025 * n) - Math.abs(df.get(b) - 0.025 * n)
      || (a < b ? -1 : 1))[0];
  if (!one) throw new Error('no word in 1.5-4% of the pages');

  // Three words, each in 1-5% of the pages, that stand in one sentence together in at least 10 pages (so the
  // query has results for an AND search); the longest such triple, ties: more pages, then alphabetical.
  const band = (w) => w !== one && inBand(w, 0.01, 0.05);
  const triples = new Map(); // "a b c" (sentence order) -> set of file numbers
  texts.forEach((text, fileNo) => {
    for (const sentence of text.split(/[.!?;:\n]+/)) {
      const ws = [...new Set(words(sentence).filter(band))];
      if (ws.length < 3 || ws.length > 10) continue;
      for (let i = 0; i < ws.length; i++) {
        for (let j = i + 1; j < ws.length; j++) {
          for (let k = j + 1; k < ws.length; k++) {
            const key = `${ws[i]} ${ws[j]} ${ws[k]}`;
            if (!triples.has(key)) triples.set(key, new Set());
            triples.get(key).add(fileNo);
          }
        }
      }
    }
  });
  const minPages = Math.min(10, Math.max(1, Math.round(n / 600)));
  const three = [...triples].filter(([, pages]) => pages.size >= minPages)
    .sort(([a, pa], [b, pb]) => b.length - a.length || pb.size - pa.size || (a < b ? -1 : 1))[0];
  if (!three) throw new Error('no three moderately frequent words share a sentence');
  return {
    pages: n,
    one: { query: one, df: df.get(one) },
    three: { query: three[0], df: three[0].split(' ').map((w) => df.get(w)), sentencePages: three[1].size },
  };
}

// ------------------------------------------------------------------------------------------ dirstats

function dirstats(dir) {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const body = fs.readFileSync(full);
        files++;
        raw += body.length;
        gzip += gz(body);
      }
    }
  };
  walk(dir);
  return { files, raw, gzip };
}

// ------------------------------------------------------------------------------------------- measure

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * One cold measurement: a fresh browser context (empty cache), one navigation, wait for `done` (a page
 * function returning a truthy value when the query's results are shown), then count every response.
 */
async function coldRun(browser, { url, done, readResult, isSearchData, isExcluded, searchStart }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  const skipped = [];
  page.on('response', (response) => {
    const status = response.status();
    const u = new URL(response.url());
    if (status < 200 || status >= 300) { skipped.push(`${status} ${u.pathname}`); return; }
    bodies.push(response.body().then((body) => ({ path: u.pathname, body }),
      (error) => ({ path: u.pathname, error: String(error) })));
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(done, null, { timeout: 120_000, polling: 5 });
    const shownAt = await handle.jsonValue();
    const result = await page.evaluate(readResult);
    const searchFrom = await page.evaluate(searchStart);
    const timeline = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        htmlReceived: nav.responseEnd,
        domParsed: nav.domInteractive,
        resources: performance.getEntriesByType('resource')
          .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
      };
    });
    // Let whatever the page still fetches after showing results (stylesheet, icon, ...) finish too.
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle').catch(() => {});
    const responses = await Promise.all(bodies);
    const totals = { data: { n: 0, raw: 0, gzip: 0 }, all: { n: 0, raw: 0, gzip: 0 } };
    const errors = [];
    const files = [];
    for (const r of responses) {
      if (r.error) { errors.push(`${r.path}: ${r.error}`); continue; }
      if (isExcluded(r.path)) continue;
      const size = { raw: r.body.length, gzip: gz(r.body) };
      files.push({ path: r.path, ...size });
      for (const key of isSearchData(r.path) ? ['data', 'all'] : ['all']) {
        totals[key].n++;
        totals[key].raw += size.raw;
        totals[key].gzip += size.gzip;
      }
    }
    return { ...result, totals, files, skipped, errors, timeline, ms: shownAt, searchMs: searchFrom === null ? null : shownAt - searchFrom };
  } finally {
    await context.close();
  }
}

const ours = (base, query) => ({
  url: `${base}/zoeken/?q=${encodeURIComponent(query)}`,
  done: () => {
    const s = document.getElementById('zoekstatus');
    return s && s.textContent.trim() ? performance.now() : false;
  },
  readResult: () => {
    const status = document.getElementById('zoekstatus').textContent.trim();
    const m = status.match(/(\d[\d.\u202f\u00a0 ]*)\s+resulta/);
    return {
      status,
      count: m ? Number(m[1].replace(/\D/g, '')) : 0,
      shown: document.querySelectorAll('#zoekresultaten .results li').length,
      // search.js measures ranking and rendering after the last index data arrived.
      afterData: performance.getEntriesByName('zoeken:na-data').at(-1)?.duration ?? null,
    };
  },
  // When search.js started fetching the index: the request for meta.json.
  searchStart: () => {
    const e = performance.getEntriesByType('resource').find((r) => r.name.includes('/zoeken/index/meta.json'));
    return e ? e.startTime : null;
  },
  isSearchData: (p) => p.startsWith('/zoeken/index/') || p === '/assets/search.js',
  isExcluded: () => false,
});

const pagefind = (base, query) => ({
  url: `${base}/pagefind-bench.html?q=${encodeURIComponent(query)}`,
  done: () => {
    const d = document.documentElement.dataset;
    if (d.error) return -1;
    return d.done ? Number(d.done) : false;
  },
  readResult: () => {
    const d = document.documentElement.dataset;
    if (d.error) throw new Error(`pagefind bench page: ${d.error}`);
    return { status: document.getElementById('status').textContent, count: Number(d.results), shown: Number(d.shown) };
  },
  searchStart: () => Number(document.documentElement.dataset.start),
  isSearchData: (p) => p.startsWith('/pagefind/'),
  isExcluded: (p) => p === '/pagefind-bench.html',
});

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measureOne(browser, make, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await coldRun(browser, make()));
  const first = results[0];
  const varies = results.some((r) => r.totals.all.raw !== first.totals.all.raw || r.count !== first.count);
  const mid = [...results].sort((a, b) => a.ms - b.ms)[(results.length - 1) >> 1];
  return { ...mid, searchMs: median(results.map((r) => r.searchMs)), allMs: results.map((r) => Math.round(r.ms)), varies };
}

// ----------------------------------------------------------------------------------------- printing

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const num = (n) => n.toLocaleString('en-US');
const pad = (text, width, right = true) => (right ? String(text).padStart(width) : String(text).padEnd(width));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i > 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function perQueryTable(label, m) {
  const rows = [
    ['search data', m.totals.data.n, num(m.totals.data.raw), kb(m.totals.data.raw), num(m.totals.data.gzip), kb(m.totals.data.gzip)],
    ['everything', m.totals.all.n, num(m.totals.all.raw), kb(m.totals.all.raw), num(m.totals.all.gzip), kb(m.totals.all.gzip)],
  ];
  return `${label ? `${label}\n` : ''}${table(['', 'requests', 'raw bytes', 'raw', 'gzip bytes', 'gzip'], rows)}`;
}

function fileList(m) {
  const byDir = new Map();
  for (const f of m.files) {
    const dir = f.path.replace(/[^/]*$/, '');
    const e = byDir.get(dir) || { n: 0, raw: 0, gzip: 0, names: [] };
    e.n++;
    e.raw += f.raw;
    e.gzip += f.gzip;
    e.names.push(f.path.slice(dir.length) || 'the page');
    byDir.set(dir, e);
  }
  return [...byDir].map(([dir, e]) => `      ${pad(dir, 24, false)} ${pad(e.n, 3)} files ${pad(kb(e.raw), 11)} raw ${pad(kb(e.gzip), 11)} gzip  (${
    e.names.length > 6 ? `${e.names.slice(0, 6).join(', ')}, ...` : e.names.join(', ')})`).join('\n');
}

/** Milestones of one run, in ms from navigation start. */
function milestones(m, engine) {
  const t = m.timeline;
  const ms = (v) => `${Math.round(v)}`;
  const data = t.resources.filter((r) => (engine === 'ours' ? r.path.startsWith('/zoeken/index/') : r.path.startsWith('/pagefind/')));
  const parts = [`HTML received ${ms(t.htmlReceived)}`, `DOM parsed ${ms(t.domParsed)}`];
  if (data.length) {
    data.sort((a, b) => a.start - b.start);
    parts.push(`${engine === 'ours' ? 'index' : 'pagefind'} requests seen by the page ${ms(data[0].start)}-${ms(Math.max(...data.map((r) => r.end)))}`);
    const gaps = [];
    for (let i = 1; i < data.length; i++) {
      const before = Math.max(...data.slice(0, i).map((r) => r.end));
      if (data[i].start - before > 100) gaps.push(`${ms(before)}->${ms(data[i].start)}`);
    }
    if (gaps.length) parts.push(`idle network while the page is busy: ${gaps.join(', ')}`);
  }
  parts.push(`results shown ${ms(m.ms)}`);
  return parts.join(', ');
}

async function measure(configFile) {
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const runs = config.runs || 3;
  const out = [];
  try {
    // One throw-away run each, so the first counted run does not also pay for a cold server and disk cache.
    await coldRun(browser, ours(config.ours, config.queries[0].query));
    await coldRun(browser, pagefind(config.pagefind, config.queries[0].query));
    for (const q of config.queries) {
      const o = await measureOne(browser, () => ours(config.ours, q.query), runs);
      const p = await measureOne(browser, () => pagefind(config.pagefind, q.query), runs);
      out.push({ ...q, ours: o, pagefind: p });
    }
  } finally {
    await browser.close();
  }

  const lines = [];
  const say = (s = '') => lines.push(s);
  for (const engine of ['ours', 'pagefind']) {
    say(engine === 'ours'
      ? `== 3. Ours: cold browser downloads per query (/zoeken/?q=..., fresh context, until #zoekstatus is set; median of ${runs} runs) ==`
      : `== 4. Pagefind: cold browser downloads per query (/pagefind-bench.html?q=..., init + search + data() of top 10; median of ${runs} runs) ==`);
    for (const q of out) {
      const m = q[engine];
      say();
      say(`  query: "${q.query}"  (${q.label})`);
      say(`  results: ${num(m.count)}${engine === 'ours' ? ` (status: "${m.status}"; ${m.shown} shown)` : ` pages (${m.shown} loaded with data())`}`);
      say(`  time navigation start -> results shown: ${Math.round(m.ms)} ms (runs: ${m.allMs.join(', ')} ms); of which search (first ${engine === 'ours' ? 'index request' : 'pagefind.js import'} -> shown): ${Math.round(m.searchMs)} ms`);
      say(`  timeline of the median run: ${milestones(m, engine)}`);
      if (m.afterData != null) say(`  ranking and rendering after the last index data arrived (search.js's own measure): ${m.afterData.toFixed(1)} ms`);
      say(perQueryTable('', m).split('\n').map((l) => `    ${l}`).join('\n'));
      say('    files fetched:');
      say(fileList(m));
      if (m.skipped.length) say(`    not counted (not 2xx): ${m.skipped.join(', ')}`);
      if (m.errors.length) say(`    WARNING bodies not readable: ${m.errors.join('; ')}`);
      if (m.varies) say('    WARNING: bytes or result count differed between runs');
    }
    say();
  }

  say('== 5. Comparison: ours vs Pagefind (cold, one query) ==');
  say();
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : 'n/a');
  const rows = [];
  for (const q of out) {
    const o = q.ours;
    const p = q.pagefind;
    rows.push([`${q.label}: "${q.query}"`, '', '', '', '']);
    rows.push(['  results (ours: entries incl. skills; PF: pages)', num(o.count), num(p.count), '', '']);
    for (const [key, name] of [['data', 'search data'], ['all', 'everything']]) {
      rows.push([`  ${name} requests`, o.totals[key].n, p.totals[key].n, ratio(o.totals[key].n, p.totals[key].n), '']);
      rows.push([`  ${name} raw`, kb(o.totals[key].raw), kb(p.totals[key].raw), ratio(o.totals[key].raw, p.totals[key].raw),
        o.totals[key].raw <= p.totals[key].raw ? 'ours smaller' : 'Pagefind smaller']);
      rows.push([`  ${name} gzip`, kb(o.totals[key].gzip), kb(p.totals[key].gzip), ratio(o.totals[key].gzip, p.totals[key].gzip),
        o.totals[key].gzip <= p.totals[key].gzip ? 'ours smaller' : 'Pagefind smaller']);
    }
    rows.push(['  time nav -> results', `${Math.round(o.ms)} ms`, `${Math.round(p.ms)} ms`, ratio(o.ms, p.ms), '']);
    rows.push(['  time search only', `${Math.round(o.searchMs)} ms`, `${Math.round(p.searchMs)} ms`, ratio(o.searchMs, p.searchMs), '']);
  }
  const b = config.build;
  rows.push(['index (whole site)', '', '', '', '']);
  rows.push(['  build time', `${num(b.ours.ms)} ms`, `${num(b.pagefind.ms)} ms`, ratio(b.ours.ms, b.pagefind.ms), '']);
  rows.push(['  files', num(b.ours.files), num(b.pagefind.files), ratio(b.ours.files, b.pagefind.files), '']);
  rows.push(['  bytes raw', kb(b.ours.raw), kb(b.pagefind.raw), ratio(b.ours.raw, b.pagefind.raw), '']);
  rows.push(['  bytes gzip -9', kb(b.ours.gzip), kb(b.pagefind.gzip), ratio(b.ours.gzip, b.pagefind.gzip), '']);
  say(table(['', 'ours', 'Pagefind', 'ours/PF', ''], rows));
  say();
  say('search data = ours: /zoeken/index/** + /assets/search.js; Pagefind: /pagefind/**.');
  say('everything  = every 2xx response: ours adds the /zoeken/ HTML page, style.css and the icon; Pagefind adds');
  say('              the bench module pagefind-bench.js (the bench HTML page itself is not counted).');
  say('gzip = each response body compressed on its own with zlib gzip level 9 (the local server sends it raw).');
  say('Pagefind gzips its own index, fragment, meta and wasm files at build time (the browser inflates them), so its');
  say('raw and gzip columns barely differ; compare the gzip columns. Result counts differ by design: ours counts');
  say('entries (occupations, competencies, each skill, key skills), Pagefind counts HTML pages (by default also the');
  say('printable plans, the home page and /zoeken/).');
  console.log(lines.join('\n'));
  if (config.json) fs.writeFileSync(config.json, JSON.stringify(out, null, 2));
}

// -------------------------------------------------------------------------------------------- main

const [command, ...args] = process.argv.slice(2);
if (command === 'pick') console.log(JSON.stringify(pick(args[0], args[1])));
else if (command === 'dirstats') console.log(JSON.stringify(dirstats(args[0])));
else if (command === 'measure') await measure(args[0]);
else {
  console.error('usage: node search-bytes.mjs pick CONTENT META_JSON | dirstats DIR | measure CONFIG_JSON');
  process.exit(2);
}
