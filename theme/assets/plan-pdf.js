// Lays out a tailored training plan as an A4 PDF in the browser, with the vendored pdf-lib and fontkit: exactly the
// chosen competencies and skills, the header values and dates as typed in fillable fields, a table of contents with
// page numbers, bookmarks, and "pagina X van Y", tagged for screen readers (a structure tree of headings, tables,
// lists and form fields; borders, leaders, repeated table headers and footers as artifacts). It mirrors
// theme/print/plan-pdf.css (the PDF the site publishes).
// The plan comes in as plain data (plan.js reads it from the page); nothing leaves the browser.
'use strict';

window.PlanPdf = (() => {
  const PAGE = { width: 595.28, height: 841.89 };
  const MARGIN = { top: 42, right: 37, bottom: 52, left: 37 };
  const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
  const SIZE = { body: 9.5, h1: 16, h2: 13, h3: 11.5, h4: 10, head: 9, footer: 7.5, field: 9 };
  const LEADING = 1.35;
  const PAD = { x: 4, y: 3 };
  const FIELD_HEIGHT = 14;
  const GREY = 0.894;

  /** Text broken into lines that fit {@code width}; long words are cut where they must. */
  function wrap(text, font, size, width, widths) {
    const measure = (s) => {
      const key = `${font === widths.bold ? 'b' : 'r'}${size}|${s}`;
      let w = widths.cache.get(key);
      if (w === undefined) {
        w = font.widthOfTextAtSize(s, size);
        widths.cache.set(key, w);
      }
      return w;
    };
    const lines = [];
    for (const paragraph of String(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (measure(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        while (measure(line) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return { lines, measure };
  }

  /**
   * The layout: drawing operations per page, made before anything is drawn so that the table of contents can give
   * the page each competency starts on and the footer the number of pages.
   */
  class Layout {
    constructor(fonts) {
      this.fonts = fonts;
      this.widths = { bold: fonts.bold, cache: new Map() };
      this.pages = [];
      this.anchors = new Map();
      this.root = { type: 'Document', kids: [], content: [] };
      this.tag = null;
      this.newPage();
    }

    /** A structure element under {@code parent} (the document when none), in reading order. */
    node(type, parent = this.root, attributes = null) {
      const n = { type, kids: [], content: [], attributes };
      parent.kids.push(n);
      return n;
    }

    newPage() {
      this.ops = [];
      this.pages.push(this.ops);
      this.y = PAGE.height - MARGIN.top;
    }

    get page() {
      return this.pages.length - 1;
    }

    room() {
      return this.y - MARGIN.bottom;
    }

    ensure(height) {
      if (height > this.room() && this.y < PAGE.height - MARGIN.top) this.newPage();
    }

    anchor(id) {
      this.anchors.set(id, { page: this.page, y: this.y });
    }

    /** Lines of text, each {text, font, size, x, height}, for a block of the given kind within {@code width}. */
    textLines(text, { bold = false, size = SIZE.body, width = WIDTH, indent = 0, prefix = '', node = null, prefixNode = null } = {}) {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const { lines } = wrap(text, font, size, width - indent, this.widths);
      const height = size * LEADING;
      return lines.map((line, i) => ({
        text: line, font, size, height, x: indent, node, prefixNode,
        prefix: i === 0 ? prefix : '',
      }));
    }

    /**
     * Paragraphs and list items as lines; a list item's marker hangs in the indent. Each paragraph becomes a P, each
     * run of list items an L of LI (Lbl, LBody), under {@code parent}.
     */
    blockLines(blocks, width, parent = this.root) {
      const out = [];
      let list = null;
      blocks.forEach((block, i) => {
        const item = block.type === 'li';
        const indent = item ? 10 + 10 * (block.depth || 0) : 0;
        let node;
        let prefixNode = null;
        if (item) {
          if (!list) list = this.node('L', parent);
          const li = this.node('LI', list);
          prefixNode = this.node('Lbl', li);
          node = this.node('LBody', li);
        } else {
          list = null;
          node = this.node('P', parent);
        }
        const lines = this.textLines(block.text, { width, indent, prefix: item ? block.marker : '', node, prefixNode });
        const after = i < blocks.length - 1 && (block.type !== 'li' || blocks[i + 1].type !== 'li') ? 3 : 0;
        if (lines.length) lines[lines.length - 1].after = after;
        out.push(...lines);
      });
      return out;
    }

    drawLines(lines, x) {
      for (const line of lines) {
        const baseline = this.y - line.size;
        if (line.prefix) {
          this.ops.push({ op: 'text', x: x + (line.prefixX ?? line.x - 9), y: baseline, text: line.prefix, font: line.font, size: line.size, node: line.prefixNode || line.node });
        }
        this.ops.push({ op: 'text', x: x + line.x, y: baseline, text: line.text, font: line.font, size: line.size, node: line.node });
        this.y -= line.height + (line.after || 0);
      }
    }

    heading(text, level, id, keepWith = 60) {
      const size = SIZE[`h${level}`];
      const before = { 1: 0, 2: 14, 3: 12, 4: 10 }[level];
      const lines = this.textLines(text, { bold: true, size });
      const height = lines.length * size * 1.25 + 5;
      if (this.y < PAGE.height - MARGIN.top) this.y -= before;
      this.ensure(height + keepWith);
      if (id) this.anchor(id);
      const node = this.node(`H${level}`);
      for (const line of lines) {
        this.ops.push({ op: 'text', x: MARGIN.left, y: this.y - size, text: line.text, font: line.font, size, node });
        this.y -= size * 1.25;
      }
      this.y -= 5;
    }

    paragraphs(blocks) {
      for (const line of this.blockLines(blocks, WIDTH)) {
        this.ensure(line.height);
        this.drawLines([line], MARGIN.left);
      }
      this.y -= 6;
    }

    /** The header: a label and, for a blank, a fillable field with what was typed. */
    header(rows) {
      const labelWidth = WIDTH * 0.3;
      const table = this.node('Table');
      for (const row of rows) {
        const height = 19;
        this.ensure(height);
        const baseline = this.y - 13;
        const tr = this.node('TR', table);
        const th = this.node('TH', tr, { Scope: 'Row' });
        const td = this.node('TD', tr);
        this.ops.push({ op: 'text', x: MARGIN.left, y: baseline, text: row.label, font: this.fonts.bold, size: SIZE.body, node: th });
        if (row.field) {
          this.ops.push({
            op: 'field', x: MARGIN.left + labelWidth, y: this.y - 16, width: WIDTH - labelWidth, height: FIELD_HEIGHT,
            name: row.field, value: row.value, tip: row.tip, node: this.node('Form', td),
          });
        } else {
          this.ops.push({ op: 'text', x: MARGIN.left + labelWidth + 2, y: baseline, text: row.value, font: this.fonts.regular, size: SIZE.body, node: td });
        }
        this.y -= height;
      }
      this.y -= 8;
    }

    /** The table of contents: one line per competency with a leader and its page, filled in once it is known. */
    toc(entries) {
      const numberWidth = 18;
      const list = this.node('L');
      entries.forEach((entry, i) => {
        const li = this.node('LI', list);
        const prefixNode = this.node('Lbl', li);
        const node = this.node('LBody', li);
        const lines = this.textLines(entry.title, { width: WIDTH - numberWidth - 18, indent: 18, prefix: `${i + 1}.`, node, prefixNode });
        lines[0].prefixX = 2;
        this.ensure(lines.length * lines[0].height + 3);
        this.drawLines(lines, MARGIN.left);
        const last = lines[lines.length - 1];
        const end = MARGIN.left + last.x + last.font.widthOfTextAtSize(last.text, last.size) + 3;
        const baseline = this.y + last.height - last.size;
        this.ops.push({ op: 'leader', x1: end, x2: MARGIN.left + WIDTH - numberWidth, y: baseline, size: last.size, font: last.font });
        this.ops.push({ op: 'pageref', x: MARGIN.left + WIDTH, y: baseline, anchor: entry.anchor, font: last.font, size: last.size, node });
        this.y -= 3;
      });
    }

    /**
     * A table with a header row repeated on every page. Rows may break across pages (line by line, fields in the
     * first part) so that no page is left largely empty; a row starts on a new page when less than three of its
     * lines would fit.
     */
    table(columns, rows) {
      const widths = columns.map((c) => c.width * WIDTH);
      const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
      const table = this.node('Table');
      const headRow = this.node('TR', table);
      const headCells = columns.map(() => this.node('TH', headRow, { Scope: 'Column' }));
      const tagged = (lines, node) => lines.map((line) => ({ ...line, node }));
      const untagged = (lines) => lines.map((line) => ({ ...line, node: null }));
      const headLines = columns.map((c, i) => this.textLines(c.label, { bold: true, size: SIZE.head, width: widths[i] - 2 * PAD.x }));
      let headTagged = false;
      const headHeight = Math.max(...headLines.map((ls) => ls.reduce((h, l) => h + l.height, 0))) + 2 * PAD.y;
      const drawHead = () => {
        const top = this.y;
        headLines.forEach((lines, i) => {
          this.ops.push({ op: 'rect', x: xs[i], y: top - headHeight, width: widths[i], height: headHeight, fill: GREY });
          this.y = top - PAD.y;
          // In the structure once; repeated on a later page it is an artifact, as a screen reader needs it once.
          this.drawLines(headTagged ? untagged(lines) : tagged(lines, headCells[i]), xs[i] + PAD.x);
        });
        headTagged = true;
        this.y = top - headHeight;
      };
      this.ensure(headHeight + 40);
      drawHead();
      for (const row of rows) {
        const tr = this.node('TR', table);
        let cells = row.cells.map((cell, i) => {
          const width = widths[i] - 2 * PAD.x;
          const node = this.node(i === 0 ? 'TH' : 'TD', tr, i === 0 ? { Scope: 'Row' } : null);
          if (cell.field) return { field: cell.field, lines: [], node };
          return { lines: cell.bold ? this.textLines(cell.text, { bold: true, width, node }) : this.blockLines(cell.blocks, width, node), node };
        });
        let first = true;
        for (;;) {
          const needed = Math.max(FIELD_HEIGHT, ...cells.map((c) => c.lines.reduce((h, l) => h + l.height + (l.after || 0), 0))) + 2 * PAD.y;
          const lineHeight = SIZE.body * LEADING;
          if (needed > this.room() && this.room() < Math.min(needed, 3 * lineHeight + 2 * PAD.y)) {
            this.newPage();
            drawHead();
            continue;
          }
          const available = this.room() - 2 * PAD.y;
          const top = this.y;
          const rest = [];
          let height = 0;
          cells.forEach((cell, i) => {
            this.y = top - PAD.y;
            let used = 0;
            const fit = [];
            for (const line of cell.lines) {
              if (used + line.height > available) break;
              fit.push(line);
              used += line.height + (line.after || 0);
            }
            this.drawLines(fit, xs[i] + PAD.x);
            rest.push({ lines: cell.lines.slice(fit.length), node: cell.node });
            if (cell.field && first) {
              this.ops.push({
                op: 'field', x: xs[i] + PAD.x, y: top - PAD.y - FIELD_HEIGHT, width: widths[i] - 2 * PAD.x, height: FIELD_HEIGHT,
                name: cell.field.name, value: cell.field.value, tip: cell.field.tip, node: this.node('Form', cell.node),
              });
              used = Math.max(used, FIELD_HEIGHT);
            }
            height = Math.max(height, used);
          });
          height += 2 * PAD.y;
          xs.forEach((x, i) => this.ops.push({ op: 'rect', x, y: top - height, width: widths[i], height }));
          this.y = top - height;
          first = false;
          if (rest.every((c) => c.lines.length === 0)) break;
          cells = rest;
          this.newPage();
          drawHead();
        }
      }
      this.y -= 8;
    }

    /** The three parties side by side, kept on one page: name, place and date as fields, and room to sign. */
    signatures(block) {
      const gap = 8;
      const width = (WIDTH - 2 * gap) / block.parties.length;
      const height = 3 * 30 + 26 + 80;
      this.ensure(height + 40);
      this.heading(block.heading, 2, 'handtekeningen', height + 30);
      this.paragraphs([{ type: 'p', text: block.intro }]);
      const top = this.y;
      block.parties.forEach((party, i) => {
        const x = MARGIN.left + i * (width + gap);
        const sect = this.node('Sect');
        this.ops.push({ op: 'rect', x, y: top - height, width, height });
        this.ops.push({ op: 'text', x: x + 5, y: top - 14, text: party.label, font: this.fonts.bold, size: SIZE.h4, node: this.node('H3', sect) });
        party.lines.forEach((line, n) => {
          const y = top - 26 - n * 30;
          const p = this.node('P', sect);
          this.ops.push({ op: 'text', x: x + 5, y: y - 9, text: line.label, font: this.fonts.regular, size: 8.5, node: p });
          this.ops.push({
            op: 'field', x: x + 5, y: y - 12 - FIELD_HEIGHT, width: width - 10, height: FIELD_HEIGHT, name: line.name, value: line.value,
            tip: line.tip, node: this.node('Form', p),
          });
        });
        this.ops.push({ op: 'text', x: x + 5, y: top - 26 - 3 * 30 - 9, text: block.signLabel, font: this.fonts.regular, size: 8.5, node: this.node('P', sect) });
      });
      this.y = top - height - 8;
    }
  }

  /**
   * The marked content and the structure tree: every drawing of a structure element is marked with its MCID, every
   * other drawing (borders, leaders, a repeated table header, the footer) as an artifact; each field's widget is
   * the object of its Form element.
   */
  class Marks {
    constructor(doc) {
      this.doc = doc;
      this.mcids = [];
      this.widgets = [];
    }

    begin(page, index, node, artifact = 'Layout') {
      const { PDFOperator, PDFOperatorNames, PDFName } = window.PDFLib;
      const context = this.doc.context;
      if (!node) {
        page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence,
          [PDFName.of('Artifact'), context.obj({ Type: artifact })]));
        return;
      }
      this.mcids[index] = this.mcids[index] || [];
      const mcid = this.mcids[index].length;
      this.mcids[index].push(node);
      node.content.push({ page: index, mcid });
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence,
        [PDFName.of(node.type), context.obj({ MCID: mcid })]));
    }

    end(page) {
      const { PDFOperator, PDFOperatorNames } = window.PDFLib;
      page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    }

    widget(node, index, ref, tip) {
      node.content.push({ page: index, widget: ref });
      node.alt = tip;
      this.widgets.push({ node, ref });
    }

    finish(root, pages) {
      const { PDFName, PDFNumber, PDFHexString } = window.PDFLib;
      const context = this.doc.context;
      const refs = new Map();
      const allot = (n) => {
        refs.set(n, context.nextRef());
        n.kids.forEach(allot);
      };
      allot(root);
      const treeRootRef = context.nextRef();
      const write = (n, parentRef) => {
        const kids = n.kids.map((kid) => refs.get(kid));
        for (const c of n.content) {
          if (c.widget) kids.push(context.obj({ Type: 'OBJR', Pg: pages[c.page].ref, Obj: c.widget }));
          else kids.push(context.obj({ Type: 'MCR', Pg: pages[c.page].ref, MCID: c.mcid }));
        }
        const dict = context.obj({ Type: 'StructElem', S: n.type, P: parentRef, K: kids });
        if (n.content.length) dict.set(PDFName.of('Pg'), pages[n.content[0].page].ref);
        if (n.attributes) dict.set(PDFName.of('A'), context.obj({ O: 'Table', ...n.attributes }));
        if (n.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(n.alt));
        context.assign(refs.get(n), dict);
        n.kids.forEach((kid) => write(kid, refs.get(n)));
      };
      write(root, treeRootRef);
      const nums = [];
      pages.forEach((page, i) => {
        page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
        page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
        nums.push(PDFNumber.of(i), context.obj((this.mcids[i] || []).map((n) => refs.get(n))));
      });
      this.widgets.forEach((w, i) => {
        const key = pages.length + i;
        context.lookup(w.ref).set(PDFName.of('StructParent'), PDFNumber.of(key));
        nums.push(PDFNumber.of(key), refs.get(w.node));
      });
      const parentTree = context.register(context.obj({ Nums: nums }));
      context.assign(treeRootRef, context.obj({
        Type: 'StructTreeRoot', K: refs.get(root), ParentTree: parentTree, ParentTreeNextKey: pages.length + this.widgets.length,
      }));
      this.doc.catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
      this.doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    }
  }

  /**
   * The form's default font: the whole regular font, under the name the fields' appearances use, so that a viewer
   * that redraws a field (when someone types in it) has every glyph of a Latin-script name at hand.
   */
  function defaultResources(doc, form, font) {
    const { PDFName, PDFString } = window.PDFLib;
    const field = form.getFields()[0];
    if (!field) return;
    const da = field.acroField.getDefaultAppearance() || '';
    const name = (/\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(da) || [])[1];
    if (!name) return;
    form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [name]: font.ref } }));
    form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(da));
  }

  function lay(plan, fonts) {
    const layout = new Layout(fonts);
    layout.anchor('plan-top');
    layout.heading(plan.title, 1);
    layout.header(plan.header);
    layout.paragraphs(plan.description);
    const competencies = plan.groups.flatMap((g) => g.competencies);
    if (competencies.length) {
      layout.heading(plan.texts.toc, 2, 'inhoudstafel');
      layout.toc(competencies.map((c) => ({ title: c.title, anchor: `competentie-${c.id}` })));
    }
    // Kept with the first group's heading, the first competency's title and the start of its table.
    if (competencies.length || plan.keySkills) layout.heading(plan.texts.actions, 2, 'opleidingsacties', 190);
    for (const group of plan.groups) {
      if (!group.competencies.length) continue;
      layout.heading(group.heading, 3, `groep-${group.key}`, 150);
      for (const c of group.competencies) {
        layout.heading(c.title, 4, `competentie-${c.id}`, 80);
        layout.table(plan.columns, c.rows.map((row) => ({
          cells: [
            { text: row.skill, bold: true },
            { blocks: row.actions },
            { field: row.planned },
            { field: row.done },
          ],
        })));
      }
    }
    if (plan.keySkills) {
      layout.heading(plan.keySkills.heading, 3, 'groep-sleutelvaardigheden', 100);
      layout.table(plan.keySkills.columns, plan.keySkills.rows.map((row) => ({
        cells: [{ text: row.title, bold: true }, { blocks: row.description }],
      })));
    }
    layout.signatures(plan.signatures);
    return layout;
  }

  /** "2026-11-30" as a date at midnight UTC, or null. */
  function contentDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }

  /** The bookmarks: a tree of {title, anchor, children} as the PDF's outline, open at the first level. */
  function outline(doc, pages, anchors, items) {
    const { PDFName, PDFNumber, PDFHexString, PDFNull } = window.PDFLib;
    const context = doc.context;
    const root = context.obj({ Type: 'Outlines' });
    const rootRef = context.register(root);
    let total = 0;
    const build = (list, parentRef) => {
      const refs = list.filter((item) => anchors.has(item.anchor)).map((item) => {
        const at = anchors.get(item.anchor);
        const dict = context.obj({});
        dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
        dict.set(PDFName.of('Parent'), parentRef);
        dict.set(PDFName.of('Dest'), context.obj([pages[at.page].ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(at.y + 4)), PDFNull]));
        const ref = context.register(dict);
        total++;
        const kids = build(item.children || [], ref);
        if (kids.length) {
          dict.set(PDFName.of('First'), kids[0]);
          dict.set(PDFName.of('Last'), kids[kids.length - 1]);
          dict.set(PDFName.of('Count'), PDFNumber.of(-kids.length));
        }
        return ref;
      });
      refs.forEach((ref, i) => {
        const dict = context.lookup(ref);
        if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
        if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      });
      return refs;
    };
    const top = build(items, rootRef);
    if (!top.length) return;
    root.set(PDFName.of('First'), top[0]);
    root.set(PDFName.of('Last'), top[top.length - 1]);
    root.set(PDFName.of('Count'), PDFNumber.of(total));
    doc.catalog.set(PDFName.of('Outlines'), rootRef);
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }

  function bookmarks(plan) {
    return [
      { title: plan.texts.header, anchor: 'plan-top' },
      { title: plan.texts.toc, anchor: 'inhoudstafel' },
      {
        title: plan.texts.actions, anchor: 'opleidingsacties',
        children: [
          ...plan.groups.filter((g) => g.competencies.length).map((g) => ({
            title: g.heading, anchor: `groep-${g.key}`,
            children: g.competencies.map((c) => ({ title: c.title, anchor: `competentie-${c.id}` })),
          })),
          ...(plan.keySkills ? [{ title: plan.keySkills.heading, anchor: 'groep-sleutelvaardigheden' }] : []),
        ],
      },
      { title: plan.signatures.heading, anchor: 'handtekeningen' },
    ];
  }

  /** The PDF of {@code plan} (see plan.js, planData) with fonts {regular, bold} as bytes; resolves to its bytes. */
  async function build(plan, fontBytes) {
    const { PDFDocument, PDFName, PDFHexString, rgb, grayscale } = window.PDFLib;
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(window.fontkit);
    // The regular font whole, because form fields use it for whatever is typed in later; the bold one as a subset.
    const fonts = {
      regular: await doc.embedFont(fontBytes.regular, { subset: false }),
      bold: await doc.embedFont(fontBytes.bold, { subset: true }),
    };
    const layout = lay(plan, fonts);
    const pages = layout.pages.map(() => doc.addPage([PAGE.width, PAGE.height]));
    const form = doc.getForm();
    const black = grayscale(0);
    const total = pages.length;
    const marks = new Marks(doc);
    layout.pages.forEach((ops, index) => {
      const page = pages[index];
      for (const op of ops) {
        if (op.op === 'field') {
          const field = form.createTextField(op.name);
          field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(op.tip));
          if (op.value) field.setText(op.value);
          field.addToPage(page, {
            x: op.x, y: op.y, width: op.width, height: op.height, font: fonts.regular,
            borderWidth: 0.5, borderColor: rgb(0.47, 0.47, 0.47), textColor: black,
          });
          field.setFontSize(SIZE.field);
          const annots = page.node.Annots();
          marks.widget(op.node, index, annots.get(annots.size() - 1), op.tip);
          continue;
        }
        marks.begin(page, index, op.node);
        switch (op.op) {
          case 'text':
            page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.font, color: black });
            break;
          case 'rect':
            page.drawRectangle({
              x: op.x, y: op.y, width: op.width, height: op.height, borderWidth: 0.75, borderColor: black,
              color: op.fill ? grayscale(op.fill) : undefined,
            });
            break;
          case 'leader': {
            const dot = op.font.widthOfTextAtSize('.', op.size) + 1.2;
            const count = Math.max(0, Math.floor((op.x2 - op.x1) / dot));
            if (count > 2) page.drawText(' .'.repeat(Math.floor(count / 2)), { x: op.x1, y: op.y, size: op.size, font: op.font, color: black });
            break;
          }
          case 'pageref': {
            const text = String(layout.anchors.get(op.anchor).page + 1);
            page.drawText(text, { x: op.x - op.font.widthOfTextAtSize(text, op.size), y: op.y, size: op.size, font: op.font, color: black });
            break;
          }
          default:
            throw new Error(`unknown drawing operation ${op.op}`);
        }
        marks.end(page);
      }
      const footer = { size: SIZE.footer, font: fonts.regular, color: grayscale(0.2) };
      marks.begin(page, index, null, 'Pagination');
      page.drawText(plan.footer, { ...footer, x: MARGIN.left, y: 26 });
      const number = `${plan.texts.page} ${index + 1} ${plan.texts.of} ${total}`;
      page.drawText(number, { ...footer, x: PAGE.width - MARGIN.right - fonts.regular.widthOfTextAtSize(number, SIZE.footer), y: 26 });
      marks.end(page);
    });
    marks.finish(layout.root, pages);
    form.updateFieldAppearances(fonts.regular);
    defaultResources(doc, form, fonts.regular);
    outline(doc, pages, layout.anchors, bookmarks(plan));
    doc.setTitle(plan.documentTitle, { showInWindowTitleBar: true });
    doc.setLanguage(plan.language);
    doc.setSubject(plan.footer);
    doc.setProducer('Beroepencatalogus');
    doc.setCreator('Beroepencatalogus');
    const date = contentDate(plan.contentDate);
    if (date) {
      doc.setCreationDate(date);
      doc.setModificationDate(date);
    }
    return doc.save({ useObjectStreams: false });
  }

  return { build };
})();
