#!/usr/bin/env python3
"""Writes the .fodt sources of the import fixtures (Python 3 standard library only).

  make_sources.py SEED_TXT OUT_DIR [--paginate]

The seed plan is rebuilt from the seed's plain-text export, text for text (typos included). With --paginate
each plan is rendered once to PDF with LibreOffice (soffice, LO_PROFILE = user installation URL) and the page
numbers of its table of contents are read back with pdftotext, as a word processor updating its index would.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fodt  # noqa: E402
from second_plan import second_plan  # noqa: E402

HEADER_ROW = "Onderliggende kennis en vaardigheden"
# Lines of the seed that are the items of a bullet list (the catalogue's transcription shows them as a list).
LIST_ITEMS = {"Opstarten van de computers", "Gebruik van meerdere schermen", "Gebruik headset",
              "Gebruik van het telefoontoestel", "Andere"}


def is_item(t):
    """A list item: a line of LIST_ITEMS, or a line marked with a leading NUL by second_plan.py."""
    return t in LIST_ITEMS or t.startswith("\x00")


def cell(paras, colspan=1, rowspan=1):
    """A cell from a list of paragraph texts; runs of LIST_ITEMS (blank lines between them dropped) become
    a bullet list, and a line starting in lower case continues the line before it after a line break."""
    blocks = []
    i = 0
    while i < len(paras):
        t = paras[i]
        if is_item(t):
            items = []
            while i < len(paras) and (is_item(paras[i]) or (paras[i] == "" and i + 1 < len(paras)
                                                             and is_item(paras[i + 1]))):
                if paras[i]:
                    items.append(paras[i].lstrip("\x00"))
                i += 1
            blocks.append(("list", items))
            continue
        if t and t[0].islower() and blocks and blocks[-1][0] == "p" and blocks[-1][2]:
            blocks[-1] = ("p", None, blocks[-1][2] + "\n" + t)
        else:
            blocks.append(("p", None, t))
        i += 1
    return {"blocks": blocks, "colspan": colspan, "rowspan": rowspan}


def parse_seed(path):
    """Returns (head, sections, toc_titles) of the seed plan.

    head: list of blocks before the table of contents; sections: list of (heading, items) where an item is
    ("comp", title, rows) with rows = list of (skill paras, action paras), or ("key", rows) with rows =
    list of (title, description)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    # Header: paragraphs with the blanks to fill in (runs of en-spaces), the first ones led by a tab as
    # in the export (the very first by a space and a tab).
    toc_i = lines.index("1. De competenties: Inhoudstafel")
    head = []
    desc_i = lines.index("Indicatieve duurtijd:")
    for t in lines[:desc_i]:
        head.append(("p", "Beroep" if t.startswith("Beroep:") else "Standard", t))
    for t in lines[desc_i:toc_i]:
        head.append(("p", "Standard", t))
    plan_i = lines.index("2. Geplande opleidingsacties")
    toc_titles = [re.sub(r"^\d+", "", t) for t in lines[toc_i + 1:plan_i] if t]

    sections = []
    i = plan_i + 1
    n = len(lines)

    def read_table(i):
        """Reads a table whose first cell starts at line i; returns (rows, next i)."""
        ncols = 4 if lines[i][1:] == HEADER_ROW else 2
        rows = []
        while i < n and lines[i].startswith("\t"):
            row = []
            while len(row) < ncols:
                assert lines[i].startswith("\t"), (i, lines[i])
                paras = [lines[i][1:]]
                i += 1
                last = len(row) == ncols - 1
                while i < n and not lines[i].startswith("\t"):
                    if last and lines[i] == "":
                        break
                    paras.append(lines[i])
                    i += 1
                row.append(paras)
            rows.append(row)
            assert lines[i] == "", (i, lines[i])
            i += 1  # the row's end
        return rows, i

    while i < n:
        t = lines[i]
        if t == "" or re.fullmatch(r"\d+", t):
            i += 1
        elif not t.startswith("\t"):
            sections.append((t, []))
            i += 1
        else:
            j = i + 1
            while lines[j] != "":
                j += 1
            if lines[j + 1].startswith("\t" + HEADER_ROW):
                title = "\n".join([lines[i][1:]] + lines[i + 1:j])
                rows, i = read_table(j + 1)
                assert rows[0][0] == [HEADER_ROW]
                sections[-1][1].append(("comp", title, rows))
            else:
                rows, i = read_table(i)
                sections[-1][1].append(("key", rows))
    return head, sections, toc_titles


def comp_blocks(title, rows, title_in_table=False, n_header=1):
    """Blocks for one competency: its title, then its 4-column table (rows are lists of 4 cells)."""
    if title_in_table:
        rows = [[{"blocks": [("p", "Competentie", title)], "colspan": 4}, None, None, None]] + rows
        return [("table", "comp", rows, n_header + 1)]
    return [("p", "Competentie", title), ("table", "comp", rows, n_header)]


def plan_blocks(head, sections, toc, comp_renderer=None):
    blocks = list(head)
    blocks.append(("p", "Heading_20_1", "1. De competenties: Inhoudstafel"))
    blocks.append(("toc", toc))
    blocks.append(("p", "P_break", "2. Geplande opleidingsacties"))
    for heading, items in sections:
        blocks.append(("p", "Heading_20_2", heading))
        for it in items:
            if it[0] == "comp":
                if comp_renderer:
                    blocks.extend(comp_renderer(it))
                else:
                    blocks.extend(comp_blocks(it[1], [[cell(c) for c in r] for r in it[2]]))
            else:
                blocks.append(("table", "key", [[cell(c) for c in r] for r in it[1]], 1))
    return blocks


def comp_titles(sections):
    return [it[1] for _, items in sections for it in items if it[0] == "comp"]


# ---------------------------------------------------------------------------------------------- variants

def merged_variant(head, sections):
    """The seed's first three competencies and its key skills, with merged cells:
    - competency 1: the skill 'Zoekt tijdens het gesprek ...' spans two rows, its actions split over them;
      the row 'Kennis van Engels' has its two date columns merged into one cell;
    - competency 2: its title is the table's first row, one cell spanning all four columns;
    - competency 3: the row 'Informeert over verkoopsvoorwaarden' has its actions spanning the actions
      and both date columns."""
    comps = [it for it in sections[0][1] if it[0] == "comp"][:3]
    key = [it for _, items in sections for it in items if it[0] == "key"][0]

    def render(it):
        _, title, rows = it
        out = [[cell(c) for c in rows[0]]]
        if title.startswith("Zich voorstellen"):
            for r in rows[1:]:
                if r[0][0].startswith("Zoekt tijdens het gesprek"):
                    acts = r[1]
                    cut = acts.index("Door mee te volgen bij collega’s, naast zitten en meeluisteren. Daarna "
                                     "onder begeleiding zelf gebruiken. Tempo geleidelijk aan opvoeren.")
                    out.append([cell(r[0], rowspan=2), cell(acts[:cut - 1]), cell(r[2]), cell(r[3])])
                    out.append([None, cell(acts[cut:]), cell([""]), cell([""])])
                elif r[0][0] == "Kennis van Engels":
                    out.append([cell(r[0]), cell(r[1]), cell(r[2], colspan=2), None])
                else:
                    out.append([cell(c) for c in r])
            return comp_blocks(title, out)
        if title.startswith("Het doel van de oproep"):
            out += [[cell(c) for c in r] for r in rows[1:]]
            return comp_blocks(title, out, title_in_table=True)
        for r in rows[1:]:
            if r[0][0] == "Informeert over verkoopsvoorwaarden":
                out.append([cell(r[0]), cell(r[1], colspan=3), None, None])
            else:
                out.append([cell(c) for c in r])
        return comp_blocks(title, out)

    secs = [(sections[0][0], comps), (sections[-1][0], [key])]
    return secs, render


LONG_DAYS = [
    "de cursist luistert mee met een ervaren collega en noteert welke scripts gebruikt worden en waarom",
    "samen met de begeleider de openingszinnen van het script overlopen en hardop inoefenen",
    "de cursist voert onder begeleiding de eerste gesprekken met bestaande klanten; de begeleider luistert mee",
    "nabespreking van de opgenomen gesprekken: wat ging goed, wat kan beter, welke vragen kwamen vaak terug",
    "de cursist oefent het overschakelen tussen het script en de klantenfiche op het scherm zonder stiltes",
    "rollenspel met de begeleider waarin de klant afwijkt van het script en de cursist het gesprek terugbrengt",
    "de cursist gebruikt het script voor eenvoudige bestellingen en noteert de gegevens rechtstreeks in het systeem",
    "feedbackmoment met de supervisor over tempo, toon en correct gebruik van de verplichte zinnen",
    "de cursist leert de scripts voor klachten en annulaties en oefent die eerst met een collega",
    "de cursist voert zelfstandig gesprekken; de begeleider luistert steekproefsgewijs mee en geeft feedback",
]


def long_variant(head, sections):
    """The seed's first two competencies and its key skills; the first skill of competency 2 gets a long
    day-by-day training schedule so that its table row runs over a page break."""
    comps = [it for it in sections[0][1] if it[0] == "comp"][:2]
    key = [it for _, items in sections for it in items if it[0] == "key"][0]

    def render(it):
        _, title, rows = it
        out = [[cell(c) for c in r] for r in rows]
        if title.startswith("Het doel van de oproep"):
            r = rows[1]
            schedule = []
            for week in range(1, 5):
                for day in range(1, 6):
                    k = (week * 7 + day * 3) % len(LONG_DAYS)
                    schedule.append("Week %d, dag %d: %s." % (week, day, LONG_DAYS[k]))
            blocks = cell(r[1])["blocks"] + [
                ("p", None, ""),
                ("p", None, "Opleidingsschema voor de eerste vier weken (aan te passen aan het tempo van de "
                            "cursist):"),
                ("list", schedule),
                ("p", None, ""),
                ("p", None, "Na elke week bespreken de cursist en de begeleider de vorderingen en passen ze het "
                            "schema zo nodig aan. De begeleider noteert de afspraken in het opvolgingsdocument."),
            ]
            out[1] = [cell(r[0]), {"blocks": blocks}, cell(r[2]), cell(r[3])]
        return comp_blocks(title, out)

    return [(sections[0][0], comps), (sections[-1][0], [key])], render


def empty_comp_plan(head, sections):
    """A plan whose only competency table has only its header row."""
    comp = [it for _, items in sections for it in items
            if it[0] == "comp" and it[1].startswith("Digitale opvolgingsdocumenten")][0]
    key = [it for _, items in sections for it in items if it[0] == "key"][0]
    comp = ("comp", comp[1], comp[2][:1])
    return [(sections[0][0], [comp]), (sections[-1][0], [key])]


LETTER = [
    ("p", "Standard", "Opleidingscentrum Vlaanderen vzw"),
    ("p", "Standard", "Stationsstraat 12"),
    ("p", "Standard", "9000 Gent"),
    ("p", "Standard", ""),
    ("p", "Standard", ""),
    ("p", "Standard", "Mevrouw An Peeters"),
    ("p", "Standard", "Kerkstraat 45 bus 2"),
    ("p", "Standard", "2000 Antwerpen"),
    ("p", "Standard", ""),
    ("p", "Standard", "Gent, 14 maart 2024"),
    ("p", "Standard", ""),
    ("p", "Heading_20_2", "Betreft: uitnodiging infosessie opleidingen najaar"),
    ("p", "Standard", "Geachte mevrouw Peeters,"),
    ("p", "Standard", ""),
    ("p", "Standard", "Graag nodigen wij u uit op onze infosessie over het opleidingsaanbod van het najaar. "
                      "Tijdens deze sessie stellen onze trajectbegeleiders de opleidingen voor en kunt u "
                      "kennismaken met de lesgevers."),
    ("p", "Standard", ""),
    ("p", "Standard", "De infosessie vindt plaats op dinsdag 9 april 2024 van 14 tot 16 uur in zaal 2 van ons "
                      "opleidingscentrum. Inschrijven kan tot 2 april via ons secretariaat."),
    ("p", "Standard", ""),
    ("p", "Standard", "Praktisch:"),
    ("list", ["Breng uw identiteitskaart mee.", "Parkeren kan op de parking achter het gebouw.",
              "Koffie en water staan klaar vanaf 13.30 uur."]),
    ("p", "Standard", ""),
    ("p", "Standard", "Met vriendelijke groeten,"),
    ("p", "Standard", ""),
    ("p", "Standard", ""),
    ("p", "Standard", "Jan De Smet"),
    ("p", "Standard", "Trajectbegeleider"),
]


# ---------------------------------------------------------------------------------------------- pages

def soffice_pdf(fodt_path, outdir):
    cmd = ["soffice", "--headless", "--norestore"]
    if os.environ.get("LO_PROFILE"):
        cmd.append("-env:UserInstallation=" + os.environ["LO_PROFILE"])
    subprocess.run(cmd + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, fodt_path],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(fodt_path))[0] + ".pdf")


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                         text=True).stdout
    return [re.sub(r"\s+", "", p) for p in out.split("\f")]


def find_pages(pdf, titles):
    pages = page_texts(pdf)
    start = next(k for k, p in enumerate(pages) if "2.Geplandeopleidingsacties" in p)
    result = []
    for t in titles:
        key = re.sub(r"\s+", "", t)[:45]
        k = next(k for k in range(start, len(pages)) if key in pages[k])
        result.append(k + 1)
        start = k
    return result


def write(path, blocks_fn, toc_titles, title, paginate):
    pages = ["0"] * len(toc_titles)
    for attempt in range(3 if paginate else 1):
        with open(path, "w", encoding="utf-8") as f:
            f.write(fodt.document(blocks_fn(list(zip(toc_titles, pages))), title))
        if not paginate:
            return
        with tempfile.TemporaryDirectory() as tmp:
            new = [str(p) for p in find_pages(soffice_pdf(path, tmp), toc_titles)]
        if new == pages:
            return
        pages = new
    raise SystemExit("page numbers of %s do not settle" % path)


def main():
    seed, out = sys.argv[1], sys.argv[2]
    paginate = "--paginate" in sys.argv
    os.makedirs(out, exist_ok=True)
    head, sections, toc_titles = parse_seed(seed)
    titles = comp_titles(sections)
    assert [t.replace("\n", " ") for t in titles] == toc_titles, (titles, toc_titles)

    jobs = []
    jobs.append(("seed-callcenter", lambda toc: plan_blocks(head, sections, toc), titles,
                 "Opleidingsplan medewerker callcenter"))
    secs, render = merged_variant(head, sections)
    jobs.append(("variant-merged-cells", lambda toc, s=secs, r=render: plan_blocks(head, s, toc, r),
                 comp_titles(secs), "Opleidingsplan medewerker callcenter (samengevoegde cellen)"))
    secs2, render2 = long_variant(head, sections)
    jobs.append(("variant-long-skill", lambda toc, s=secs2, r=render2: plan_blocks(head, s, toc, r),
                 comp_titles(secs2), "Opleidingsplan medewerker callcenter (lange opleidingsacties)"))
    secs3 = empty_comp_plan(head, sections)
    jobs.append(("competency-without-skills", lambda toc, s=secs3: plan_blocks(head, s, toc),
                 comp_titles(secs3), "Opleidingsplan zonder vaardigheden"))
    head4, secs4 = second_plan(sections, cell)
    jobs.append(("second-klantendienst", lambda toc, h=head4, s=secs4: plan_blocks(h, s, toc),
                 comp_titles(secs4), "Opleidingsplan medewerker klantendienst"))
    for name, fn, tt, title in jobs:
        write(os.path.join(out, name + ".fodt"), fn, tt, title, paginate)
        print("wrote", name + ".fodt")
    with open(os.path.join(out, "not-a-plan.fodt"), "w", encoding="utf-8") as f:
        f.write(fodt.document(LETTER, "Uitnodiging infosessie"))
    print("wrote not-a-plan.fodt")


if __name__ == "__main__":
    main()
