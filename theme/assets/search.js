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

  const group = (word) => (word.length <= 2 ? word : word.slice(0, 2));
  const commonPrefix = (a, b) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const nameKey = (words) => [...words].sort(compare).join(' ');
  const isConsonant = (c) => c >= 'a' && c <= 'z' && !'aeiouy'.includes(c);

  /** SearchQuery.singulars: the word without a plural or inflection ending, most likely first. */
  function singulars(word) {
    const forms = new Set();
    for (const ending of ["'s", 's', 'en', 'n', 'e']) {
      if (word.endsWith(ending) && word.length - ending.length >= 3) {
        const stem = word.slice(0, word.length - ending.length);
        forms.add(stem);
        if (ending === 'en') {
          const n = stem.length;
          if (n >= 3 && isConsonant(stem[n - 1]) && 'aeou'.includes(stem[n - 2]) && isConsonant(stem[n - 3])) {
            forms.add(stem.slice(0, n - 1) + stem[n - 2] + stem[n - 1]);
          }
          if (n >= 4 && stem[n - 1] === stem[n - 2] && isConsonant(stem[n - 1])) forms.add(stem.slice(0, n - 1));
        }
      }
    }
    return [...forms];
  }

  /** SearchQuery.typoKeys: the groups that hold every known word one edit away. */
  function typoKeys(w) {
    const [a, b, c] = w;
    return [...new Set([`w${a}${b}`, `w${b}${c}`, `w${a}${c}`, `w${b}${a}`, `e${b}${c}`, `e${a}${b}`, `s${a}${c}`, `s${a}${b}`])];
  }

  /** A file of the index: gzipped JSON (unpacked here) or plain JSON. */
  async function load(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return JSON.parse(await new Response(stream).text());
    }
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  /** The static index (BrowserIndexWriter.java): fetched file by file, each file once. */
  class StaticIndex {
    constructor(root) {
      this.root = root;
      this.files = new Map();
      this.postingCache = new Map();
      this.lastArrival = 0;
      this.meta = this.get('meta.json');
    }

    /** Fetches a file of the index, noting when the last data arrived (for the timing mark after rendering). */
    get(path) {
      if (!this.files.has(path)) {
        this.files.set(path, load(this.root + path).then((json) => {
          this.lastArrival = performance.now();
          return json;
        }));
      }
      return this.files.get(path);
    }

    /** The group file of a kind (w, s, e) and key, or an empty one. */
    async group(kind, key) {
      const i = (await this.meta).groups[kind].indexOf(key);
      return i < 0 ? {} : this.get(`${kind}/${i}.bin`);
    }

    /** The words (word -> [stem or '', document frequency]) that share the word's first two letters. */
    words(word) {
      return this.group('w', group(word));
    }

    /** The shard of a sorted list (postings or names) whose range holds the key. */
    async shard(list, folder, key) {
      const starts = (await this.meta)[list];
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= key) lo = mid; else hi = mid - 1;
      }
      return starts.length === 0 ? {} : this.get(`${folder}/${lo}.bin`);
    }

    async hasStem(stem) {
      return (await this.shard('postings', 'p', stem))[stem] !== undefined;
    }

    /** A stem's postings: document number -> [weight, whether the stem is in the document's names]. */
    async postings(stem) {
      if (!this.postingCache.has(stem)) {
        const encoded = (await this.shard('postings', 'p', stem))[stem] || '';
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
          const value = next();
          postings.set(number, [Math.floor(value / 2), value % 2 === 1]);
        }
        this.postingCache.set(stem, postings);
      }
      return this.postingCache.get(stem);
    }

    /** The numbers of the documents with a name of this key. */
    async named(key) {
      return (await this.shard('names', 'n', key))[key] || [];
    }

    /** Title, path, context, aliases and the start of the text of a document. */
    async doc(number) {
      const size = (await this.meta).chunkSize;
      return (await this.get(`d/${Math.floor(number / size)}.bin`))[number % size];
    }
  }

  /** Query rules of SearchQuery.java and SearchEngine.java, step by step. */
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
      const dict = await this.index.words(word);
      const stems = new Set();
      if (dict[word]) stems.add(dict[word][0] || word);
      else if (await this.index.hasStem(word)) stems.add(word);
      else {
        const singular = singulars(word).find((s) => dict[s]);
        if (singular) stems.add(dict[singular][0] || singular);
      }
      if (typing && word.length >= meta.minPrefix) {
        const found = Object.entries(dict).filter(([w]) => w.startsWith(word));
        found.sort((a, b) => b[1][1] - a[1][1] || compare(a[0], b[0]));
        for (const [w, [stem]] of found.slice(0, meta.maxExpansions)) stems.add(stem || w);
      }
      return stems;
    }

    async stemsPerWord(words) {
      return Promise.all(words.map((w, i) => this.stemsOf(w, i === words.length - 1)));
    }

    /** Document number -> [score, names hold every word]: per word the best weight of its stems, summed; every word or some. */
    async run(stemsPerWord, every) {
      const perWord = [];
      for (const stems of stemsPerWord) {
        const best = new Map();
        for (const stem of stems) {
          for (const [number, [weight, named]] of await this.index.postings(stem)) {
            const was = best.get(number);
            if (!was) best.set(number, [weight, named]);
            else best.set(number, [Math.max(was[0], weight), was[1] || named]);
          }
        }
        perWord.push(best);
      }
      const scores = new Map();
      if (every) {
        const [smallest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
        for (const [number, [weight, named]] of smallest) {
          if (!others.every((m) => m.has(number))) continue;
          scores.set(number, others.reduce(([sum, all], m) => [sum + m.get(number)[0], all && m.get(number)[1]], [weight, named]));
        }
      } else {
        for (const best of perWord) {
          for (const [number, [weight]] of best) scores.set(number, [(scores.get(number)?.[0] || 0) + weight, false]);
        }
      }
      return scores;
    }

    /** Known words one edit away, best first (SearchQuery.candidateOrder). */
    async candidates(word) {
      const found = new Map();
      for (const key of typoKeys(word)) {
        for (const [surface, value] of Object.entries(await this.index.group(key[0], key.slice(1)))) {
          if (!found.has(surface) && distance(word, surface) === 1) found.set(surface, Array.isArray(value) ? value[1] : value);
        }
      }
      return [...found].sort((a, b) => commonPrefix(word, b[0]) - commonPrefix(word, a[0]) || b[1] - a[1] || compare(a[0], b[0]))
        .map(([surface]) => surface);
    }

    /** SearchEngine.corrections: up to three corrected queries that have results. */
    async corrections(words, stems) {
      const meta = await this.index.meta;
      const unknown = words.map((w, i) => i).filter((i) => stems[i].size === 0 && words[i].length >= meta.minTypoLength);
      if (unknown.length === 0) return [];
      const fixed = [...words];
      for (const i of unknown.slice(1)) {
        const candidates = await this.candidates(words[i]);
        if (candidates.length > 0) fixed[i] = candidates[0];
      }
      const alternatives = [];
      const first = unknown[0];
      for (const candidate of (await this.candidates(words[first])).slice(0, meta.maxTried)) {
        const alternative = [...fixed];
        alternative[first] = candidate;
        const altStems = await this.stemsPerWord(alternative);
        if (altStems.every((s) => s.size > 0) && (await this.run(altStems, true)).size > 0) {
          alternatives.push(alternative);
          if (alternatives.length === meta.maxAlternatives) break;
        }
      }
      return alternatives;
    }

    /** Each word as the catalogue writes it: an unknown word whose singular is known counts as that singular. */
    async keyWords(words) {
      return Promise.all(words.map(async (w) => {
        const dict = await this.index.words(w);
        return dict[w] ? w : (singulars(w).find((s) => dict[s]) || w);
      }));
    }

    async known(word) {
      return (await this.index.words(word))[word] !== undefined;
    }

    /** SearchEngine.split: an unknown long word that is two known words written together is searched as those two. */
    async split(words, stems) {
      const meta = await this.index.meta;
      const split = [];
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        let done = false;
        if (stems[i].size === 0 && word.length >= meta.minSplit) {
          for (let cut = word.length - meta.minPart; cut >= meta.minPart && !done; cut--) {
            const [first, rest] = [word.slice(0, cut), word.slice(cut)];
            if (await this.known(first) && await this.known(rest)) {
              split.push(first, rest);
              done = true;
            }
          }
        }
        if (!done) split.push(word);
      }
      return split;
    }

    /** SearchEngine.joined: the words written together, when the catalogue has that word. */
    async joined(words) {
      if (words.length < 2 || words.length > (await this.index.meta).maxJoined) return null;
      const joined = words.join('');
      return (await this.known(joined)) ? joined : null;
    }

    async search(input) {
      const meta = await this.index.meta;
      let words = await this.words(input);
      if (words.length === 0 || (words.length === 1 && words[0].length < meta.minPrefix)) return null;
      let stems = await this.stemsPerWord(words);
      const split = await this.split(words, stems);
      if (split.length !== words.length) {
        words = split;
        stems = await this.stemsPerWord(words);
      }
      let scores = stems.some((s) => s.size === 0) ? new Map() : await this.run(stems, true);
      const joined = await this.joined(words);
      if (joined !== null) {
        for (const [number, [score, named]] of await this.run([await this.stemsOf(joined, false)], true)) {
          const was = scores.get(number);
          scores.set(number, was ? [Math.max(was[0], score), was[1] || named] : [score, named]);
        }
      }
      let shown = words;
      let alternatives = [];
      let partial = false;
      if (scores.size === 0) {
        alternatives = await this.corrections(words, stems);
        if (alternatives.length > 0) {
          shown = alternatives[0];
          stems = await this.stemsPerWord(shown);
          scores = await this.run(stems, true);
        }
      }
      let matched = shown;
      if (scores.size === 0 && words.length > 1 && stems.some((s) => s.size > 0)) {
        scores = await this.run(stems.filter((s) => s.size > 0), false);
        partial = true;
        matched = words.filter((w, i) => stems[i].size > 0);
      }
      if (scores.size === 0) matched = [];
      const exact = new Set(await this.index.named(nameKey(await this.keyWords(shown))));
      if (joined !== null && !partial) for (const number of await this.index.named(joined)) exact.add(number);
      const typeOf = (number) => meta.types.find((type) => number >= type.from && number < type.to).key;
      const rank = ([number, [score, named]]) => [exact.has(number) ? 0 : 1, named ? 0 : 1,
        named && typeOf(number) === 'beroep' ? 0 : 1, -score, number];
      const keyed = [...scores].map((entry) => [entry[0], entry[1][0], rank(entry)]);
      keyed.sort((a, b) => {
        for (let i = 0; i < a[2].length; i++) if (a[2][i] !== b[2][i]) return a[2][i] - b[2][i];
        return 0;
      });
      const ranked = keyed.map(([number, score]) => [number, score]);
      return {
        words: shown, typed: words, stems, ranked, partial, matched,
        corrected: alternatives.length > 0 ? alternatives[0].join(' ') : null,
        alternatives: alternatives.map((a) => a.join(' ')),
      };
    }

    /** Up to three names close to what was typed (a shared start of three letters or more), for an empty result. */
    async closeNames(words) {
      const key = nameKey(words);
      const shard = await this.index.shard('names', 'n', key);
      const close = Object.entries(shard).map(([name, numbers]) => [commonPrefix(key, name), name, numbers[0]])
        .filter(([common]) => common >= 3)
        .sort((a, b) => b[0] - a[0] || compare(a[1], b[1]))
        .slice(0, 3);
      return Promise.all(close.map(([, , number]) => this.index.doc(number)));
    }

    /** The written forms to highlight: every loaded word whose stem a query word stands for. */
    async highlighter(result) {
      const forms = new Set(result.words);
      const stems = new Set(result.stems.flatMap((s) => [...s]));
      const loaded = [...this.index.files].filter(([path]) => path.startsWith('w/')).map(([, file]) => file);
      for (const words of await Promise.all(loaded)) {
        for (const [word, [stem]] of Object.entries(words)) if (stems.has(stem || word)) forms.add(word);
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

  const firstMatch = (text, matches) => {
    for (const m of text.matchAll(WORD)) if (matches(m[0])) return m.index;
    return -1;
  };

  /**
   * The passage that shows why a result matched (Snippets.java): about 160 characters from a little before the first
   * matching word of its text; when only an alias matched, that alias; else the start of the text.
   */
  function snippetOf(text, aliases, matches, also, size = 160) {
    const truncated = text.endsWith(' …');
    const body = truncated ? text.slice(0, -2) : text;
    let first = firstMatch(body, matches);
    if (first < 0) {
      const alias = aliases.find((a) => firstMatch(a, matches) >= 0);
      if (alias) return format(also, alias);
      first = 0;
    }
    const start = first < size / 2 ? 0 : body.lastIndexOf(' ', first - 40) + 1;
    let piece = body.slice(start, start + size);
    if (start + size < body.length) piece = piece.replace(/\s\S*$/, '');
    const more = truncated || start + piece.length < body.length;
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
    const suggest = box.querySelector('[data-search-suggest]');
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
        const [title, path, context, aliases, text] = doc;
        const snippet = snippetOf(text, aliases, matches, t.msgAlso);
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
          p.append(marked(snippet, matches));
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
      else if (result.partial) message = `${t.msgPartial} ${format(t.msgMatched, result.matched.map((w) => `‘${w}’`).join(', '))} ${message}`;
      status.textContent = message;
      renderSuggestions(result, state.close);
      // How long ranking and rendering took after the last index data arrived (read by bench/search).
      performance.measure('zoeken:na-data', { start: Math.max(index.lastArrival, state.started) });
    }

    /** Other corrections as links, and for an empty result close names and the way to the A-Z list: no dead end. */
    function renderSuggestions(result, close) {
      const paragraphs = [];
      const paragraph = (label, links) => {
        const p = document.createElement('p');
        p.append(label, ' ');
        links.forEach((a, i) => p.append(...(i > 0 ? [', ', a] : [a])));
        paragraphs.push(p);
      };
      const link = (href, text) => {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = text;
        return a;
      };
      if (result.alternatives.length > 0) {
        paragraph(t.msgAlternatives, result.alternatives.map((q) => {
          const a = link(`${base}zoeken/?q=${encodeURIComponent(q)}`, q);
          a.addEventListener('click', (event) => {
            event.preventDefault();
            input.value = q;
            run();
          });
          return a;
        }));
      }
      if (result.ranked.length === 0) {
        if (close.length > 0) paragraph(t.msgClose, close.map(([title, path]) => link(base + path.slice(1), title)));
        paragraph('', [link(`${base}beroepen/`, t.msgAz)]);
      }
      suggest.replaceChildren(...paragraphs);
      suggest.hidden = paragraphs.length === 0;
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
        const close = result.ranked.length === 0 ? await searcher.closeNames(result.typed) : [];
        if (mine !== sequence) return;
        state = { result, type: null, shown: (await index.meta).page, matches, started, close };
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
