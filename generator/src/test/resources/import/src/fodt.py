"""Writes a training plan ("opleidingsplan") model as a flat ODT (.fodt) document.

Python 3 standard library only. The model is a list of blocks:

  ("p", style, text)            a paragraph; text may be a str or a list of (text, span_style) runs;
                                "\n" in a text is a line break, "\t" a tab
  ("list", [item, ...])         a bullet list (items are texts)
  ("table", kind, rows, n_header_rows)
                                kind is "comp" (4 columns), "key" (2 columns) or "head" (2 columns,
                                no borders); rows is a list of rows, a row a list of cells, a cell a dict
                                {"blocks": [...], "colspan": n, "rowspan": n} or None for a covered cell
  ("toc", [(title, page), ...]) the table of contents (index of the "Competentie" paragraphs)

Page numbers of the table of contents are filled in by make_sources.py after a first rendering.
"""
from xml.sax.saxutils import escape

EN_SPACE = "\u2002"


def _enc(text):
    """Encodes a run of text for ODF: tabs, line breaks and every space that would be collapsed."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == " ":
            j = i
            while j < n and text[j] == " ":
                j += 1
            run = j - i
            inner = i > 0 and j < n and text[i - 1] not in "\t\n" and text[j] not in "\t\n"
            if run == 1 and inner:
                out.append(" ")
            else:
                out.append('<text:s text:c="%d"/>' % run if run > 1 else "<text:s/>")
            i = j
            continue
        if c == "\t":
            out.append("<text:tab/>")
        elif c == "\n":
            out.append("<text:line-break/>")
        else:
            out.append(escape(c))
        i += 1
    return "".join(out)


def runs_of(text):
    """Splits a text so that runs of en-spaces (the blanks to fill in) are underlined."""
    if not isinstance(text, str):
        return text
    runs, buf, blank = [], "", False
    for ch in text:
        is_blank = ch == EN_SPACE
        if buf and is_blank != blank:
            runs.append((buf, "T_blank" if blank else None))
            buf = ""
        buf += ch
        blank = is_blank
    if buf:
        runs.append((buf, "T_blank" if blank else None))
    return runs


def _p(style, text):
    body = []
    for t, span in runs_of(text):
        if span:
            body.append('<text:span text:style-name="%s">%s</text:span>' % (span, _enc(t)))
        else:
            body.append(_enc(t))
    return '<text:p text:style-name="%s">%s</text:p>' % (style, "".join(body))


def _list(items, style):
    lis = "".join('<text:list-item>%s</text:list-item>' % _p(style, it) for it in items)
    return '<text:list text:style-name="L_bullet">%s</text:list>' % lis


COLS = {
    "comp": [("co_skill", "5.2cm"), ("co_act", "7.4cm"), ("co_date", "2.2cm"), ("co_date", "2.2cm")],
    "key": [("co_key1", "5.2cm"), ("co_key2", "11.8cm")],
    "head": [("co_head", "8.5cm"), ("co_head", "8.5cm")],
}


def _cell(cell, kind, header):
    if cell is None:
        return "<table:covered-table-cell/>"
    attrs = ""
    if cell.get("colspan", 1) > 1:
        attrs += ' table:number-columns-spanned="%d"' % cell["colspan"]
    if cell.get("rowspan", 1) > 1:
        attrs += ' table:number-rows-spanned="%d"' % cell["rowspan"]
    cstyle = "ce_none" if kind == "head" else ("ce_header" if header else "ce_border")
    pstyle = "Table_20_Heading" if header else "Table_20_Contents"
    inner = "".join(_block(b, pstyle) for b in cell["blocks"]) or _p(pstyle, "")
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (
        cstyle, attrs, inner)


_table_no = [0]


def _table(kind, rows, n_header):
    _table_no[0] += 1
    name = "Tabel%d" % _table_no[0]
    cols = "".join('<table:table-column table:style-name="%s"/>' % c for c, _ in COLS[kind])
    tstyle = {"comp": "ta_comp", "key": "ta_key", "head": "ta_head"}[kind]

    def row_xml(row, header):
        return '<table:table-row table:style-name="ro_split">%s</table:table-row>' % "".join(
            _cell(c, kind, header) for c in row)

    head = "".join(row_xml(r, True) for r in rows[:n_header])
    body = "".join(row_xml(r, False) for r in rows[n_header:])
    if head:
        head = "<table:table-header-rows>%s</table:table-header-rows>" % head
    return '<table:table table:name="%s" table:style-name="%s">%s%s%s</table:table>' % (
        name, tstyle, cols, head, body)


def _toc(entries):
    tmpl = ('<text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_1">'
            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            '<text:index-entry-page-number/></text:table-of-content-entry-template>')
    src = ('<text:table-of-content-source text:outline-level="1" text:use-outline-level="false" '
           'text:use-index-marks="false" text:use-index-source-styles="true">'
           '<text:index-title-template text:style-name="Contents_20_Heading"/>'
           + tmpl % 1 +
           '<text:index-source-styles text:outline-level="1">'
           '<text:index-source-style text:style-name="Competentie"/></text:index-source-styles>'
           '</text:table-of-content-source>')
    body = "".join(_p("Contents_20_1", "%s\t%s" % (t.replace("\n", " "), pg)) for t, pg in entries)
    return ('<text:table-of-content text:style-name="Sect_toc" text:protected="true" text:name="Inhoudstafel">'
            '%s<text:index-body>%s</text:index-body></text:table-of-content>' % (src, body))


def _block(b, default_style="Standard"):
    kind = b[0]
    if kind == "p":
        return _p(b[1] or default_style, b[2])
    if kind == "list":
        return _list(b[1], "List_20_Bullet_20_Table" if default_style.startswith("Table") else "List_20_Bullet")
    if kind == "table":
        return _table(b[1], b[2], b[3])
    if kind == "toc":
        return _toc(b[1])
    raise ValueError(kind)


STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb" style:tab-stop-distance="1.25cm"/>
   <style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="nl" fo:country="BE" fo:hyphenate="false"/>
  </style:default-style>
  <style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
  <style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Competentie" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Beroep" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="L_bullet" style:class="list"/>
  <style:style style:name="List_20_Bullet_20_Table" style:display-name="List Bullet Table" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:list-style-name="L_bullet" style:class="list"/>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"/>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-bottom="0.15cm">
    <style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <text:list-style style:name="L_bullet">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.63cm" fo:text-indent="-0.63cm" fo:margin-left="0.63cm"/>
    </style:list-level-properties>
    <style:text-properties style:font-name="Arial"/>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T_blank" style:family="text">
   <style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
  </style:style>
  <style:style style:name="P_break" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Sect_toc" style:family="section">
   <style:section-properties style:editable="false"/>
  </style:style>
  <style:style style:name="ta_comp" style:family="table">
   <style:table-properties style:width="17cm" table:align="left" style:may-break-between-rows="true" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="ta_key" style:family="table">
   <style:table-properties style:width="17cm" table:align="left" style:may-break-between-rows="true"/>
  </style:style>
  <style:style style:name="ta_head" style:family="table">
   <style:table-properties style:width="17cm" table:align="left"/>
  </style:style>
  <style:style style:name="co_skill" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
  <style:style style:name="co_act" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
  <style:style style:name="co_date" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
  <style:style style:name="co_key1" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
  <style:style style:name="co_key2" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
  <style:style style:name="co_head" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
  <style:style style:name="ro_split" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
  <style:style style:name="ce_border" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="ce_header" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/>
  </style:style>
  <style:style style:name="ce_none" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.05cm" fo:border="none"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.8cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""


def document(blocks, title):
    _table_no[0] = 0
    body = "\n".join(_block(b) for b in blocks)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            ' <office:meta><dc:title>%s</dc:title><dc:language>nl-BE</dc:language></office:meta>\n'
            '%s\n <office:body><office:text>\n%s\n </office:text></office:body>\n</office:document>\n'
            % (escape(title), STYLES, body))
