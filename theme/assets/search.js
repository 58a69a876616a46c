// Search as you type over the static index the build exports under /zoeken/index/ (see
// BrowserIndexWriter.java and SearchQuery.java: this file follows the same rules, so the browser ranks as
// `catalog search` does). No framework, no build step; results are built with DOM APIs, never innerHTML.
'use strict';

(() => {
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  // What Lucene's ASCIIFoldingFilter does beyond dropping accents, for the letters Dutch text meets.
  const FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', '\u2019': "'" };

  const fold = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı\u2019]/g, (c) => FOLD[c]);
  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  /** Edit distance with swaps of two neighbours counting one, as DidYouMean.distance in Java. */
  function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  /** The static index: fetched part by part, each part once. */
  class StaticIndex {
    constructor(root) {
      this.root = root;
      this.parts = new Map();
      this.chunks = new Map();
      this.postingCache = new Map();
      this.display = new Map();
      this.lastArrival = 0;
      this.meta = this.get('meta.json');
    }

    /** Fetches a part of the index, noting when the last data arrived (for the timing mark after rendering). */
    get(path) {
      return fetch(this.root + path).then((r) => r.json()).then((json) => {
        this.lastArrival = performance.now();
        return json;
      });
    }

    async partIndex(key) {
      const starts = (await this.meta).shards;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= key) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    part(i) {
      if (!this.parts.has(i)) {
        this.parts.set(i, this.get(`t/${i}.json`).then((part) => {
          for (const [number, doc] of Object.entries(part.d)) this.display.set(Number(number), doc);
          return part;
        }));
      }
      return this.parts.get(i);
    }

    async partFor(key) {
      return this.part(await this.partIndex(key));
    }

    /** Every part whose range holds words starting with the prefix. */
    async partsFor(prefix) {
      const starts = (await this.meta).shards;
      const first = await this.partIndex(prefix);
      const indexes = [first];
      for (let j = first + 1; j < starts.length && starts[j].startsWith(prefix); j++) indexes.push(j);
      return Promise.all(indexes.map((i) => this.part(i)));
    }

    /** Words as written that start with the prefix: [word, document frequency, stem]. */
    async wordsStartingWith(prefix) {
      const found = [];
      for (const part of await this.partsFor(prefix)) {
        for (const [word, [stem, df]] of Object.entries(part.w)) {
          if (word.startsWith(prefix)) found.push([word, df, stem || word]);
        }
      }
      return found;
    }

    /** A stem's postings: document number -> weight. */
    async postings(stem) {
      if (!this.postingCache.has(stem)) {
        const encoded = (await this.partFor(stem)).p[stem] || '';
        const postings = new Map();
        let pos = 0;
        const next = () => {
          let value = 0;
          let shift = 0;
          for (;;) {
            const digit = DIGITS.indexOf(encoded[pos++]);
            value += (digit & 31) * 2 ** shift;
            if (digit < 32) return value;
            shift += 5;
          }
        };
        let number = 0;
        while (pos < encoded.length) {
          number += next();
          postings.set(number, next());
        }
        this.postingCache.set(stem, postings);
      }
      return this.postingCache.get(stem);
    }

    /** Title, path, snippet and context of a document: from the parts already loaded, or its chunk. */
    async doc(number) {
      if (!this.display.has(number)) {
        const size = (await this.meta).chunkSize;
        const chunk = Math.floor(number / size);
        if (!this.chunks.has(chunk)) {
          this.chunks.set(chunk, this.get(`d/${chunk}.json`));
        }
        const docs = await this.chunks.get(chunk);
        docs.forEach((doc, i) => this.display.set(chunk * size + i, doc));
      }
      return this.display.get(number);
    }
  }

  /** Query semantics of SearchQuery.java and SearchEngine.java. */
  class Searcher {
    constructor(index) {
      this.index = index;
    }

    async words(input) {
      const stop = new Set((await this.index.meta).stopwords);
      return (fold(input).match(WORD) || []).filter((w) => !stop.has(w));
    }

    async stemsOf(word, typing) {
      const meta = await this.index.meta;
      const part = await this.index.partFor(word);
      const stems = new Set();
      const known = part.w[word];
      if (known) stems.add(known[0] || word);
      else if (part.p[word] !== undefined) stems.add(word);
      if (typing && word.length >= meta.minPrefix) {
        const found = await this.index.wordsStartingWith(word);
        found.sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
        for (const [, , stem] of found.slice(0, meta.maxExpansions)) stems.add(stem);
      }
      return stems;
    }

    async stemsPerWord(words) {
      return Promise.all(words.map((w, i) => this.stemsOf(w, i === words.length - 1)));
    }

    /** Document number -> score: per word the best weight of its stems, summed; every word or some. */
    async run(stemsPerWord, every) {
      const perWord = [];
      for (const stems of stemsPerWord) {
        const best = new Map();
        for (const stem of stems) {
          for (const [number, weight] of await this.index.postings(stem)) {
            if (!(best.get(number) >= weight)) best.set(number, weight);
          }
        }
        perWord.push(best);
      }
      const scores = new Map();
      if (every) {
        const [smallest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
        for (const [number, weight] of smallest) {
          if (others.every((m) => m.has(number))) scores.set(number, others.reduce((sum, m) => sum + m.get(number), weight));
        }
      } else {
        for (const best of perWord) for (const [number, weight] of best) scores.set(number, (scores.get(number) || 0) + weight);
      }
      return scores;
    }

    async correct(words, stems) {
      const meta = await this.index.meta;
      const fixed = [...words];
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (stems[i].size > 0 || word.length < meta.minTypoLength) continue;
        const prefixes = [...new Set([word.slice(0, 2), word.slice(1, 3), word[0] + word[2], word[1] + word[0]])];
        const candidates = new Map();
        for (const prefix of prefixes) {
          for (const [surface, df] of await this.index.wordsStartingWith(prefix)) {
            if (distance(word, surface) === 1) candidates.set(surface, df);
          }
        }
        const best = [...candidates].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
        if (best) fixed[i] = best[0];
      }
      return fixed;
    }

    async search(input) {
      const words = await this.words(input);
      if (words.length === 0) return null;
      const stems = await this.stemsPerWord(words);
      let scores = stems.some((s) => s.size === 0) ? new Map() : await this.run(stems, true);
      let corrected = null;
      let partial = false;
      let shown = words;
      let shownStems = stems;
      if (scores.size === 0) {
        const fixed = await this.correct(words, stems);
        if (fixed.some((w, i) => w !== words[i])) {
          const fixedStems = await this.stemsPerWord(fixed);
          if (fixedStems.every((s) => s.size > 0)) {
            scores = await this.run(fixedStems, true);
            corrected = fixed.join(' ');
            shown = fixed;
            shownStems = fixedStems;
          }
        }
      }
      if (scores.size === 0 && words.length > 1 && stems.some((s) => s.size > 0)) {
        scores = await this.run(stems.filter((s) => s.size > 0), false);
        partial = true;
      }
      const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      return { words: shown, stems: shownStems, ranked, corrected, partial };
    }

    /** The written forms to highlight: every loaded word whose stem a query word stands for. */
    async highlighter(result) {
      const forms = new Set(result.words);
      const stems = new Set(result.stems.flatMap((s) => [...s]));
      for (const part of await Promise.all([...this.index.parts.values()])) {
        for (const [word, [stem]] of Object.entries(part.w)) if (stems.has(stem || word)) forms.add(word);
      }
      const typing = result.words[result.words.length - 1];
      return (token) => {
        const f = fold(token);
        return forms.has(f) || f.startsWith(typing);
      };
    }
  }

  function marked(text, matches) {
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (!matches(m[0])) continue;
      fragment.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      fragment.append(mark);
      last = m.index + m[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  /** A window of the snippet around its first match, so the match is visible. */
  function around(snippet, matches, size = 160) {
    const truncated = snippet.endsWith(' …');
    const text = truncated ? snippet.slice(0, -2) : snippet;
    let first = 0;
    for (const m of text.matchAll(WORD)) if (matches(m[0])) { first = m.index; break; }
    const start = first < size / 2 ? 0 : text.lastIndexOf(' ', first - 40) + 1;
    let piece = text.slice(start, start + size);
    if (start + size < text.length) piece = piece.replace(/\s\S*$/, '');
    const more = truncated || start + piece.length < text.length;
    return (start > 0 ? '… ' : '') + piece + (more ? ' …' : '');
  }

  function format(template, ...args) {
    return args.reduce((s, a, i) => s.replaceAll(`{${i}}`, a), template);
  }

  /** Wires one search form (home page or /zoeken/) to its results. */
  function attach(form) {
    const input = form.querySelector('input[type=search]');
    const box = document.getElementById(form.dataset.results);
    const status = document.getElementById(form.dataset.status);
    const filters = box.querySelector('[data-search-filters]');
    const list = box.querySelector('[data-search-list]');
    const more = box.querySelector('[data-search-more]');
    const fallback = form.dataset.fallback ? document.getElementById(form.dataset.fallback) : null;
    const t = box.dataset;
    const base = form.dataset.base;
    const index = new StaticIndex(form.dataset.index);
    const searcher = new Searcher(index);
    const page = form.hasAttribute('data-search-page');
    let sequence = 0;
    let state = null;

    const typeOf = (meta, number) => meta.types.find((type) => number >= type.from && number < type.to);

    async function render() {
      const meta = await index.meta;
      const { result, type, shown, matches } = state;
      const counts = new Map();
      for (const [number] of result.ranked) {
        const key = typeOf(meta, number).key;
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      filters.replaceChildren();
      if (result.ranked.length > 0) {
        const options = [[null, t.msgAll, result.ranked.length],
          ...meta.types.filter((ty) => counts.has(ty.key)).map((ty) => [ty.key, ty.plural, counts.get(ty.key)])];
        for (const [key, label, count] of options) {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = `${label} (${count})`;
          button.setAttribute('aria-pressed', String(key === type));
          button.addEventListener('click', () => { state.type = key; state.shown = meta.page; render(); });
          filters.append(button);
        }
      }
      const chosen = result.ranked.filter(([number]) => type === null || typeOf(meta, number).key === type);
      const docs = await Promise.all(chosen.slice(0, shown).map(([number]) => index.doc(number)));
      if (state.result !== result) return;
      list.replaceChildren(...docs.map((doc, i) => {
        const [title, path, snippet, context] = doc;
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = base + path.slice(1);
        link.append(marked(title, matches));
        const kind = document.createElement('span');
        kind.className = 'type';
        kind.textContent = typeOf(meta, chosen[i][0]).label;
        item.append(link, ' ', kind);
        if (context) {
          const where = document.createElement('span');
          where.className = 'context';
          where.textContent = format(t.msgIn, context);
          item.append(' ', where);
        }
        if (snippet) {
          const p = document.createElement('p');
          p.className = 'snippet';
          p.append(marked(around(snippet, matches), matches));
          item.append(p);
        }
        return item;
      }));
      more.hidden = chosen.length <= shown;
      box.hidden = false;
      if (fallback) fallback.hidden = true;
      const query = input.value.trim();
      let message;
      if (result.ranked.length === 0) message = format(t.msgNone, query);
      else message = format(result.ranked.length === 1 ? t.msgOne : t.msgCount, result.ranked.length, result.corrected ?? query);
      if (result.corrected) message = format(t.msgCorrected, result.corrected) + ' ' + message;
      else if (result.partial) message = t.msgPartial + ' ' + message;
      status.textContent = message;
      // How long ranking and rendering took after the last index data arrived (read by bench/search).
      performance.measure('zoeken:na-data', { start: Math.max(index.lastArrival, state.started) });
    }

    async function run() {
      const query = input.value;
      const mine = ++sequence;
      const started = performance.now();
      if (page) history.replaceState(null, '', query.trim() ? `?q=${encodeURIComponent(query.trim())}` : location.pathname);
      if (!query.trim()) {
        box.hidden = true;
        if (fallback) fallback.hidden = false;
        status.textContent = '';
        state = null;
        return;
      }
      try {
        const result = await searcher.search(query);
        if (mine !== sequence) return;
        if (result === null) { box.hidden = true; status.textContent = ''; return; }
        const matches = await searcher.highlighter(result);
        if (mine !== sequence) return;
        state = { result, type: null, shown: (await index.meta).page, matches, started };
        await render();
      } catch (error) {
        if (mine === sequence) status.textContent = t.msgError;
        throw error;
      }
    }

    let timer = 0;
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 60); });
    form.addEventListener('submit', (event) => {
      if (!page) return; // the home page's form goes to /zoeken/?q=
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.addEventListener('click', async () => { state.shown += (await index.meta).page; render(); });

    const links = () => [...list.querySelectorAll('a')];
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && links().length > 0) { event.preventDefault(); links()[0].focus(); }
    });
    list.addEventListener('keydown', (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at === 0 ? input : all[at - 1]).focus(); }
      if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
    });

    const initial = new URLSearchParams(location.search).get('q');
    if (page && initial) {
      input.value = initial;
      run();
    }
  }

  document.querySelectorAll('form[data-search]').forEach(attach);
})();
