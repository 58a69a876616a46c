// The plan builder: the mentor unticks what does not apply and fills in the header and dates; the print view then
// shows exactly the chosen rows, and "Dit plan als pdf downloaden" makes a PDF of exactly those (plan-pdf.js).
// Several plans (one per cursist) are kept in this browser's localStorage, and can be exported to a file and
// imported again. Nothing typed is sent anywhere: there is no form, and no request carries it.
'use strict';

(() => {
  const plan = document.querySelector('article.plan[data-plan]');
  if (!plan) return;
  const occupation = plan.dataset.plan;
  const storeKey = `opleidingsplannen:${occupation}`;
  const oldKey = `opleidingsplan:${occupation}`;
  const FILE_KIND = 'beroepencatalogus-opleidingsplan';
  const fields = [...plan.querySelectorAll('input.field')];
  const boxes = [...plan.querySelectorAll('input[data-kies]')];
  const texts = Object.fromEntries([...document.querySelectorAll('[data-plan-texts] li')].map((li) => [li.dataset.k, li.textContent]));
  const t = (key, ...args) => args.reduce((s, arg, i) => s.replace(`{${i}}`, arg), texts[key] || key);
  const $ = (selector) => plan.querySelector(selector);
  const all = (selector) => [...plan.querySelectorAll(selector)];
  const store = $('[data-plan-store]');
  const list = $('[data-plan-list]');
  const message = $('[data-plan-message]');
  const dialog = $('[data-plan-confirm]');

  // ---- Storage: {actief: id, plannen: {id: {velden, uit, gewijzigd}}} ----

  function load() {
    let data = null;
    try {
      data = JSON.parse(localStorage.getItem(storeKey));
      if (!data) {
        // The single plan an earlier version of this page kept becomes the first of the list.
        const old = JSON.parse(localStorage.getItem(oldKey));
        if (old) data = { actief: 'p1', plannen: { p1: { velden: old.velden || {}, uit: old.uit || [] } } };
      }
    } catch {
      data = null;
    }
    if (!data || typeof data.plannen !== 'object' || !data.plannen) data = { actief: null, plannen: {} };
    return data;
  }

  let data = load();

  function persist() {
    try {
      const empty = Object.values(data.plannen).every((p) => !Object.keys(p.velden).length && !p.uit.length);
      if (empty && Object.keys(data.plannen).length <= 1) localStorage.removeItem(storeKey);
      else localStorage.setItem(storeKey, JSON.stringify(data));
      localStorage.removeItem(oldKey);
    } catch {
      // Storage may be off (private mode): the plan still works, it is just not kept.
    }
  }

  function newId() {
    let n = Object.keys(data.plannen).length + 1;
    while (data.plannen[`p${n}`]) n++;
    return `p${n}`;
  }

  function current() {
    if (!data.actief || !data.plannen[data.actief]) {
      data.actief = Object.keys(data.plannen)[0] || newId();
      data.plannen[data.actief] = data.plannen[data.actief] || { velden: {}, uit: [] };
    }
    return data.plannen[data.actief];
  }

  const nameOf = (p) => (p.velden.cursist || '').trim() || t('plan.store.untitled');

  // ---- The page shows the current plan ----

  /** Marks what is unticked; a competency without chosen skills and a group without competencies go too. */
  function apply() {
    for (const box of boxes) {
      const id = box.dataset.kies;
      const excluded = !box.checked;
      if (id.includes('.')) {
        $(`tr[data-rij="${CSS.escape(id)}"]`)?.classList.toggle('is-excluded', excluded);
      } else {
        for (const part of all(`[data-competentie="${CSS.escape(id)}"]`)) part.classList.toggle('is-excluded', excluded);
      }
    }
    for (const section of all('section.plan-competency')) {
      const rows = [...section.querySelectorAll('tbody tr')];
      const empty = rows.every((row) => row.classList.contains('is-excluded'));
      section.classList.toggle('is-empty', empty);
      $(`.plan-toc li[data-competentie="${CSS.escape(section.dataset.competentie)}"]`)?.classList.toggle('is-empty', empty);
    }
    for (const group of all('section.plan-group[data-groep]')) {
      const parts = [...group.querySelectorAll('section.plan-competency, tbody tr')];
      const chosen = parts.filter((p) => !p.closest('.is-excluded, .is-empty'));
      group.classList.toggle('is-empty', chosen.length === 0);
    }
    for (const field of fields) field.classList.toggle('is-blank', !field.value);
    updateFooter();
  }

  function show() {
    const p = current();
    for (const field of fields) field.value = toInput(field, p.velden[field.name] || '');
    const off = new Set(p.uit);
    for (const box of boxes) box.checked = !off.has(box.dataset.kies);
    apply();
    renderList();
  }

  /** A date typed earlier as dd/mm/yyyy into a text field fits a date input as yyyy-mm-dd. */
  function toInput(field, value) {
    if (field.type !== 'date') return value;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : value;
  }

  function save() {
    const p = current();
    p.velden = {};
    for (const field of fields) if (field.value) p.velden[field.name] = field.value;
    p.uit = boxes.filter((box) => !box.checked).map((box) => box.dataset.kies);
    persist();
    renderList();
  }

  /** The running footer of the printout: the plan, the cursist's name and the version, and the page numbers. */
  const footerSheet = 'CSSStyleSheet' in window && 'adoptedStyleSheets' in document ? new CSSStyleSheet() : null;
  if (footerSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, footerSheet];
  function updateFooter() {
    if (!footerSheet) return;
    const name = (current().velden.cursist || '').trim();
    const text = [plan.dataset.voettekst, name].filter(Boolean).join(' · ');
    const quote = (s) => JSON.stringify(s).replace(/[\u2028\u2029]/g, ' ');
    footerSheet.replaceSync(`@page {
      @bottom-left { content: ${quote(text)}; font-size: 7.5pt; font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; color: #333; }
      @bottom-right { content: ${quote(`${t('plan.page')} `)} counter(page) ${quote(` ${t('plan.page.of')} `)} counter(pages); font-size: 7.5pt; font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; color: #333; }
    }`);
  }

  // ---- The list of plans ----

  function renderList() {
    list.replaceChildren();
    const ids = Object.keys(data.plannen);
    for (const id of ids) {
      const p = data.plannen[id];
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'plan-list-name';
      name.textContent = nameOf(p);
      li.append(name);
      if (id === data.actief) {
        li.classList.add('is-current');
        li.setAttribute('aria-current', 'true');
        const mark = document.createElement('span');
        mark.className = 'hint';
        mark.textContent = ` ${t('plan.store.current')}`;
        li.append(mark);
      } else {
        li.append(button(t('plan.store.open'), `${t('plan.store.open')}: ${nameOf(p)}`, () => {
          save();
          data.actief = id;
          persist();
          show();
          say(t('plan.store.opened', nameOf(p)));
        }));
      }
      li.append(button(t('plan.store.delete'), `${t('plan.store.delete')}: ${nameOf(p)}`, () => remove(id)));
      list.append(li);
    }
  }

  function button(label, accessibleName, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary small';
    b.textContent = label;
    if (accessibleName !== label) b.setAttribute('aria-label', accessibleName);
    b.addEventListener('click', action);
    return b;
  }

  /** Says something in the live region, with an undo button when {@code undo} is given. */
  function say(text, undo, details = []) {
    message.replaceChildren();
    message.classList.toggle('is-error', false);
    const p = document.createElement('p');
    p.textContent = text;
    message.append(p);
    if (details.length) {
      const ul = document.createElement('ul');
      for (const d of details) {
        const li = document.createElement('li');
        li.textContent = d;
        ul.append(li);
      }
      message.append(ul);
    }
    if (undo) {
      const b = button(t('plan.store.undo'), t('plan.store.undo'), () => {
        undo();
        message.replaceChildren();
      });
      message.append(b);
      b.focus();
    }
  }

  function sayError(text) {
    say(text);
    message.classList.add('is-error');
  }

  /** Asks in a modal dialog; resolves to true for yes. */
  function confirmDialog(text) {
    return new Promise((resolve) => {
      dialog.querySelector('[data-plan-confirm-text]').textContent = text;
      const yes = dialog.querySelector('[data-plan-confirm-yes]');
      const no = dialog.querySelector('[data-plan-confirm-no]');
      const opener = document.activeElement;
      const done = (answer) => {
        yes.removeEventListener('click', onYes);
        no.removeEventListener('click', onNo);
        dialog.removeEventListener('cancel', onNo);
        dialog.close();
        if (!answer && opener && opener.isConnected) opener.focus();
        resolve(answer);
      };
      const onYes = () => done(true);
      const onNo = (e) => { e.preventDefault(); done(false); };
      yes.addEventListener('click', onYes);
      no.addEventListener('click', onNo);
      dialog.addEventListener('cancel', onNo);
      dialog.showModal();
      no.focus();
    });
  }

  /** Asks, then changes the plans; what was there before comes back with "Ongedaan maken". */
  async function undoably(question, change, done) {
    save();
    if (!(await confirmDialog(question))) return;
    const before = JSON.parse(JSON.stringify(data));
    change();
    persist();
    show();
    say(done, () => {
      data = before;
      persist();
      show();
    });
  }

  function remove(id) {
    const name = nameOf(data.plannen[id]);
    return undoably(t('plan.confirm.delete', name), () => {
      delete data.plannen[id];
      if (data.actief === id) data.actief = Object.keys(data.plannen)[0] || null;
    }, t('plan.store.deleted', name));
  }

  function clearCurrent() {
    const name = nameOf(current());
    return undoably(t('plan.confirm.clear', name), () => {
      data.plannen[data.actief] = { velden: {}, uit: [] };
    }, t('plan.store.cleared', name));
  }

  function newPlan() {
    save();
    const id = newId();
    data.plannen[id] = { velden: {}, uit: [] };
    data.actief = id;
    persist();
    show();
    $('#veld-cursist')?.focus();
  }

  // ---- Export and import as a file ----

  /** What this page offers to choose: every check box's id and what it names, so an import can say what changed. */
  function contents() {
    return boxes.map((box) => {
      const id = box.dataset.kies;
      const title = id.includes('.')
        ? $(`tr[data-rij="${CSS.escape(id)}"] th`)?.firstChild?.textContent.trim()
        : $(`section.plan-competency[data-competentie="${CSS.escape(id)}"] h4`)?.textContent.trim();
      return { id, titel: title || id };
    });
  }

  function slug(text) {
    const letters = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
    return text.toLowerCase().replace(/[øæœßđłıþð]/g, (c) => letters[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';
  }

  function download(bytes, type, filename) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function exportPlan() {
    save();
    const p = current();
    const file = {
      soort: FILE_KIND,
      formaat: 1,
      beroep: occupation,
      versie: plan.dataset.versie,
      versiedatum: plan.dataset.versiedatum,
      inhoud: contents(),
      velden: p.velden,
      uit: p.uit,
    };
    download(JSON.stringify(file, null, 2), 'application/json', `opleidingsplan-${occupation}-${slug(nameOf(p))}.json`);
  }

  /** The plan in a file, or an error message; nothing is changed until the whole file is understood. */
  function parsePlanFile(text) {
    let file;
    try {
      file = JSON.parse(text);
    } catch {
      return { error: t('plan.store.import.bad', 'geen JSON') };
    }
    if (!file || typeof file !== 'object' || file.soort !== FILE_KIND) return { error: t('plan.store.import.bad', 'onbekende inhoud') };
    if (file.beroep !== occupation) return { error: t('plan.store.import.other', String(file.beroep)) };
    const velden = file.velden && typeof file.velden === 'object' ? file.velden : null;
    if (!velden || !Array.isArray(file.uit) || Object.values(velden).some((v) => typeof v !== 'string')) {
      return { error: t('plan.store.import.bad', 'velden ontbreken') };
    }
    const known = new Set(fields.map((f) => f.name));
    const choosable = new Set(boxes.map((b) => b.dataset.kies));
    const plan2 = {
      velden: Object.fromEntries(Object.entries(velden).filter(([k]) => known.has(k))),
      uit: file.uit.filter((id) => typeof id === 'string' && choosable.has(id)),
    };
    const changes = [];
    if (file.versie !== plan.dataset.versie && Array.isArray(file.inhoud)) {
      const then = new Map(file.inhoud.map((item) => [item.id, item.titel]));
      const now = new Map(contents().map((item) => [item.id, item.titel]));
      const gone = [...then].filter(([id]) => !now.has(id)).map(([, title]) => title);
      const added = [...now].filter(([id]) => !then.has(id)).map(([, title]) => title);
      const renamed = [...now].filter(([id, title]) => then.has(id) && then.get(id) !== title).map(([id, title]) => `${then.get(id)} → ${title}`);
      for (const title of gone) changes.push(t('plan.store.import.gone', title));
      for (const title of added) changes.push(t('plan.store.import.new', title));
      for (const title of renamed) changes.push(title);
      const dropped = Object.keys(velden).filter((k) => !known.has(k));
      if (dropped.length && !gone.length) changes.push(t('plan.store.import.gone', dropped.join(', ')));
      if (!changes.length) changes.push(t('plan.store.import.same'));
    }
    return { plan: plan2, changed: file.versie !== plan.dataset.versie, version: [file.versiedatum, file.versie].filter(Boolean).join(' '), changes };
  }

  async function importPlan(input) {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    let text;
    try {
      text = await file.text();
    } catch {
      sayError(t('plan.store.import.bad', file.name));
      return;
    }
    const result = parsePlanFile(text);
    if (result.error) {
      sayError(result.error);
      return;
    }
    save();
    const id = newId();
    data.plannen[id] = result.plan;
    data.actief = id;
    persist();
    show();
    const name = nameOf(result.plan);
    if (result.changed) say(`${t('plan.store.imported', name)} ${t('plan.store.import.changed', result.version)}`, null, result.changes);
    else say(t('plan.store.imported', name));
  }

  // ---- The tailored PDF ----

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      if (document.querySelector(`script[src="${src}"]`)?.dataset.loaded) return resolve();
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => { s.dataset.loaded = 'yes'; resolve(); };
      s.onerror = () => reject(new Error(src));
      document.head.append(s);
    });
  }

  let pdfTools = null;
  /** pdf-lib, fontkit, the layout and the fonts, fetched once from this site when the first PDF is asked for. */
  function tools() {
    if (!pdfTools) {
      const assets = new URL('.', document.querySelector('script[src$="plan.js"]').src).href;
      const font = (name) => fetch(assets + 'fonts/' + name).then((r) => {
        if (!r.ok) throw new Error(name);
        return r.arrayBuffer();
      });
      pdfTools = Promise.all([
        loadScript(assets + 'vendor/pdf-lib.min.js'),
        loadScript(assets + 'vendor/fontkit.umd.min.js'),
        loadScript(assets + 'plan-pdf.js'),
        font('DejaVuSansCondensed.ttf'),
        font('DejaVuSansCondensed-Bold.ttf'),
      ]).then(([, , , regular, bold]) => ({ regular, bold }));
      pdfTools.catch(() => { pdfTools = null; });
    }
    return pdfTools;
  }

  const visible = (el) => !el.closest('.is-excluded, .is-empty');
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();

  function blocks(container) {
    const out = [];
    const walk = (node, depth) => {
      for (const el of node.children) {
        if (el.matches('ul, ol')) {
          [...el.children].forEach((li, i) => {
            const own = [...li.childNodes].filter((n) => !(n.nodeType === 1 && n.matches('ul, ol'))).map((n) => n.textContent).join(' ');
            out.push({ type: 'li', text: clean(own), depth, marker: el.matches('ol') ? `${i + 1}.` : '•' });
            walk(li, depth + 1);
          });
        } else if (el.matches('p, h1, h2, h3, h4, h5, h6, blockquote, pre')) {
          out.push({ type: 'p', text: clean(el.textContent) });
        } else if (el.children.length) {
          walk(el, depth);
        } else if (clean(el.textContent)) {
          out.push({ type: 'p', text: clean(el.textContent) });
        }
      }
    };
    walk(container, 0);
    if (!out.length && clean(container.textContent)) out.push({ type: 'p', text: clean(container.textContent) });
    return out;
  }

  /** A date input's yyyy-mm-dd as Flemish readers write it. */
  function shown(field) {
    if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(field.value)) return field.value.split('-').reverse().join('/');
    return field.value;
  }

  const fieldData = (input) => ({ name: input.name, value: shown(input), tip: input.title || input.getAttribute('aria-label') || input.name });
  const label = (th) => clean(th.textContent);

  /** The plan as the page shows it for print: exactly the chosen parts, with what was typed. */
  function planData() {
    const headings = all('.plan-table:not(.key-skill-table) thead th').slice(0, 4).map(label);
    const keyTable = $('.key-skill-table');
    const keyRows = keyTable ? [...keyTable.querySelectorAll('tbody tr')].filter(visible) : [];
    return {
      title: `${t('plan.title')}: ${clean($('.page-header h1').textContent)}`,
      documentTitle: `${t('plan.title')} ${clean($('.page-header h1').textContent)}`,
      footer: [plan.dataset.voettekst, clean(current().velden.cursist)].filter(Boolean).join(' · '),
      language: document.documentElement.lang.includes('-') ? document.documentElement.lang : 'nl-BE',
      contentDate: (plan.dataset.versiedatum || '').split('/').reverse().join('-'),
      texts: {
        page: t('plan.page'), of: t('plan.page.of'), toc: t('plan.toc'), actions: t('plan.actions'), header: t('plan.bookmarks.header'),
      },
      header: all('.plan-header tbody tr').map((tr) => {
        const input = tr.querySelector('input');
        return input ? { label: label(tr.querySelector('th')), field: input.name, value: shown(input), tip: input.title }
          : { label: label(tr.querySelector('th')), value: clean(tr.querySelector('td').textContent) };
      }),
      description: blocks($('.plan-description')),
      columns: [0.25, 0.45, 0.15, 0.15].map((width, i) => ({ width, label: headings[i] })),
      groups: all('section.plan-group[data-groep]').filter((g) => g.dataset.groep !== 'sleutelvaardigheden').map((g) => ({
        key: g.dataset.groep,
        heading: clean(g.querySelector('h3').textContent),
        competencies: [...g.querySelectorAll('section.plan-competency')].filter(visible).map((c) => ({
          id: c.dataset.competentie,
          title: clean(c.querySelector('h4').textContent),
          rows: [...c.querySelectorAll('tbody tr')].filter(visible).map((tr) => {
            const dates = tr.querySelectorAll('input.field');
            return {
              skill: clean(tr.querySelector('th').firstChild.textContent),
              actions: blocks(tr.querySelector('td.col-actions')),
              planned: fieldData(dates[0]),
              done: fieldData(dates[1]),
            };
          }),
        })),
      })),
      keySkills: keyRows.length ? {
        heading: clean($('#groep-sleutelvaardigheden').textContent),
        columns: [...keyTable.querySelectorAll('thead th')].map((th, i) => ({ width: i === 0 ? 0.25 : 0.75, label: label(th) })),
        rows: keyRows.map((tr) => ({ title: clean(tr.querySelector('th').firstChild.textContent), description: blocks(tr.querySelector('td')) })),
      } : null,
      signatures: {
        heading: clean($('#handtekeningen').textContent),
        intro: clean($('.plan-signatures > p').textContent),
        signLabel: clean($('.signature-box').textContent),
        parties: all('.signature').map((s) => ({
          label: clean(s.querySelector('h3').textContent),
          lines: [...s.querySelectorAll('.signature-line')].map((line) => ({
            label: clean(line.querySelector('label').textContent), ...fieldData(line.querySelector('input')),
          })),
        })),
      },
    };
  }

  async function makePdf(buttonUsed) {
    save();
    const buttons = all('[data-plan-pdf]');
    buttons.forEach((b) => { b.disabled = true; });
    say(t('plan.builder.pdf.busy'));
    try {
      const fonts = await tools();
      const bytes = await window.PlanPdf.build(planData(), fonts);
      const name = `opleidingsplan-${occupation}-${slug(nameOf(current()))}.pdf`;
      download(bytes, 'application/pdf', name);
      say(t('plan.builder.pdf.done', name));
    } catch (e) {
      sayError(t('plan.builder.pdf.failed', e && e.message ? e.message : String(e)));
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
      buttonUsed.focus();
    }
  }

  // ---- Wiring ----

  show();
  for (const field of fields) field.addEventListener('input', () => { save(); field.classList.toggle('is-blank', !field.value); if (field.name === 'cursist') updateFooter(); });
  for (const box of boxes) box.addEventListener('change', () => { apply(); save(); });
  for (const b of all('[data-plan-print]')) b.addEventListener('click', () => window.print());
  for (const b of all('[data-plan-clear]')) b.addEventListener('click', clearCurrent);
  for (const b of all('[data-plan-pdf]')) b.addEventListener('click', () => makePdf(b));
  $('[data-plan-new]').addEventListener('click', newPlan);
  $('[data-plan-export]').addEventListener('click', exportPlan);
  $('[data-plan-import]').addEventListener('change', (e) => importPlan(e.target));
  $('[data-plan-import-button]').addEventListener('click', () => $('[data-plan-import]').click());
  for (const b of all('[data-plan-print], [data-plan-clear], [data-plan-pdf]')) b.hidden = false;
  store.hidden = false;
  plan.classList.add('plan-builder-ready');
})();
