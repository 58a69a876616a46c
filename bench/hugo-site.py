#!/usr/bin/env python3
"""Writes a Hugo site equivalent to our generated site, for bench/run.

Usage: bench/hugo-site.py CATALOGUS_JSON HUGO_DIR

Reads the open-data export of a built catalogue (/catalogus.json: every text of the content as the authors'
Markdown, with the cross references resolved) and writes HUGO_DIR (must not exist or be empty) with:

  hugo.toml                 no theme, no taxonomies, no RSS; raw HTML in Markdown is left out (Hugo's default)
  layouts/_default/         baseof.html, single.html, list.html (our own minimal layout: header, breadcrumbs,
                            the content, footer); layouts/index.html (home: occupations A-Z); layouts/404.html
  static/style.css          a few lines of CSS
  content/                  one Markdown page per occupation, competency and key skill, with the same text as
                            on our pages:
    beroepen/<id>.md          title, aliases, description, its competencies per group (linked, with their
                              number of skills), its key skills (linked) with what they mean for this occupation
    competenties/<id>.md      introduction, each skill as a ## heading with its anchor and its training actions,
                              the occupations that use it (linked)
    sleutelvaardigheden/<id>.md  definition, the occupations (linked)

The lists are written into the Markdown here rather than computed by Hugo templates, so Hugo renders Markdown
and fills a template per page; it does not resolve references. Standard library only; deterministic.
"""
import json
import os
import sys

ESCAPE = set('\\`*_[]<>#|')


def md(text):
    """Text for inline Markdown (link text, list items): Markdown punctuation escaped."""
    return ''.join('\\' + c if c in ESCAPE else c for c in text)


def front(data):
    """JSON front matter (Hugo reads a JSON object at the start of a file)."""
    return json.dumps(data, ensure_ascii=False, indent=1) + '\n\n'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


GROUPS = [('basis', 'A. Jobgerelateerde competenties: basis'),
          ('specifiek', 'B. Jobgerelateerde competenties: specifiek')]

BASEOF = """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body class="{{ .Kind }} {{ .Section }}">
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-title" href="{{ "/" | relURL }}">{{ site.Title }}</a>
    <nav aria-label="Hoofdmenu">
      <ul>
        <li><a href="{{ "/beroepen/" | relURL }}">Beroepen</a></li>
        <li><a href="{{ "/competenties/" | relURL }}">Competenties</a></li>
        <li><a href="{{ "/sleutelvaardigheden/" | relURL }}">Sleutelvaardigheden</a></li>
      </ul>
    </nav>
  </div>
</header>
{{ if not .IsHome }}
<nav class="breadcrumbs wrap" aria-label="Kruimelpad">
  <ol>
  <li><a href="{{ "/" | relURL }}">Start</a></li>
  {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
  <li><span aria-current="page">{{ .Title }}</span></li>
  </ol>
</nav>
{{ end }}
<main id="inhoud" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>{{ site.Title }}{{ with site.Params.organisation }} · {{ . }}{{ end }}</p>
  </div>
</footer>
</body>
</html>
"""

SINGLE = """{{ define "main" }}
<article>
<header class="page-header">
  {{ with .Params.kind }}<p class="kind">{{ . }}</p>{{ end }}
  <h1>{{ .Title }}</h1>
  {{ with .Params.synoniemen }}<p class="aliases">Ook: {{ delimit . ", " }}</p>{{ end }}
  {{ with .Params.sector }}<p class="meta">Sector: {{ . }}</p>{{ end }}
  {{ with .Params.duurtijd }}<p class="meta">Indicatieve duurtijd: {{ . }}</p>{{ end }}
</header>
<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
"""

LIST = """{{ define "main" }}
<header class="page-header"><h1>{{ .Title }}</h1></header>
{{ .Content }}
<ol class="index-list">
{{ range .Pages.ByTitle }}  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ol>
{{ end }}
"""

HOME = """{{ define "main" }}
<header class="page-header"><h1>{{ site.Title }}</h1></header>
{{ .Content }}
<section aria-labelledby="beroepen">
<h2 id="beroepen">Beroepen A-Z</h2>
<ol class="index-list">
{{ range (where site.RegularPages "Section" "beroepen").ByTitle }}  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ol>
</section>
{{ end }}
"""

NOT_FOUND = """{{ define "main" }}
<h1>Pagina niet gevonden</h1>
<p><a href="{{ "/" | relURL }}">Naar de startpagina</a></p>
{{ end }}
"""

CSS = """body{font-family:system-ui,sans-serif;line-height:1.5;margin:0}
.wrap{max-width:48rem;margin:0 auto;padding:0 1rem}
.site-header{border-bottom:1px solid #ccc}.site-header ul,.breadcrumbs ol{display:flex;gap:1rem;list-style:none;padding:0}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem}
.kind,.meta{color:#555}
"""


def main():
    if len(sys.argv) != 3:
        print('usage: bench/hugo-site.py CATALOGUS_JSON HUGO_DIR', file=sys.stderr)
        sys.exit(2)
    source, out = sys.argv[1], sys.argv[2]
    if os.path.exists(out) and os.listdir(out):
        print('hugo-site.py: HUGO_DIR exists and is not empty: ' + out, file=sys.stderr)
        sys.exit(2)
    with open(source, encoding='utf-8') as f:
        cat = json.load(f)
    occupations = {o['id']: o for o in cat['occupations']}
    competencies = {c['id']: c for c in cat['competencies']}
    key_skills = {k['id']: k for k in cat['key_skills']}

    config = [
        'baseURL = ' + json.dumps(cat.get('base_url') or 'https://beroepencatalogus.example/'),
        'title = ' + json.dumps(cat['title'], ensure_ascii=False),
        'languageCode = ' + json.dumps(cat.get('language') or 'nl'),
        'defaultContentLanguage = ' + json.dumps(cat.get('language') or 'nl'),
        'disableKinds = ["taxonomy", "term", "RSS"]',
        'enableRobotsTXT = false',
        '[params]',
        'organisation = ' + json.dumps(cat.get('organisation') or '', ensure_ascii=False),
        '[markup.goldmark.renderer]',
        'unsafe = false',
        '[markup.goldmark.parser.attribute]',
        'title = true',
        '',
    ]
    write(os.path.join(out, 'hugo.toml'), '\n'.join(config))
    write(os.path.join(out, 'layouts', '_default', 'baseof.html'), BASEOF)
    write(os.path.join(out, 'layouts', '_default', 'single.html'), SINGLE)
    write(os.path.join(out, 'layouts', '_default', 'list.html'), LIST)
    write(os.path.join(out, 'layouts', 'index.html'), HOME)
    write(os.path.join(out, 'layouts', '404.html'), NOT_FOUND)
    write(os.path.join(out, 'static', 'style.css'), CSS)

    content = os.path.join(out, 'content')
    write(os.path.join(content, '_index.md'), front({'title': cat['title']}) + (cat.get('description') or '') + '\n')
    write(os.path.join(content, 'beroepen', '_index.md'), front({'title': 'Beroepen'}))
    write(os.path.join(content, 'competenties', '_index.md'), front({'title': 'Competenties'}))
    write(os.path.join(content, 'sleutelvaardigheden', '_index.md'), front({'title': 'Sleutelvaardigheden'}))

    def link(kind, item):
        return '[%s](/%s/%s/)' % (md(item['title']), kind, item['id'])

    for o in cat['occupations']:
        fm = {'title': o['title'], 'kind': 'Beroep', 'url': '/beroepen/%s/' % o['id'],
              'description': 'Wat een %s doet, welke competenties en sleutelvaardigheden je nodig hebt.' % o['title'].lower()}
        if o.get('aliases'):
            fm['synoniemen'] = o['aliases']
        if o.get('sector'):
            fm['sector'] = o['sector']
        if o.get('duration'):
            fm['duurtijd'] = o['duration']
        body = [o['description'].strip(), '', '## Competenties {#competenties}', '']
        for group, heading in GROUPS:
            uses = [u for u in o['competencies'] if u['group'] == group]
            if not uses:
                continue
            body += ['### ' + heading, '']
            for i, u in enumerate(uses, 1):
                c = competencies[u['id']]
                n = len(c['skills'])
                body.append('%d. %s (%d %s)' % (i, link('competenties', c), n, 'vaardigheid' if n == 1 else 'vaardigheden'))
            body.append('')
        if o.get('key_skills'):
            body += ['## Sleutelvaardigheden {#sleutelvaardigheden}', '']
            for use in o['key_skills']:
                k = key_skills[use['id']]
                body += ['### %s {#%s}' % (link('sleutelvaardigheden', k), k['id']), '', (use.get('description') or '').strip(), '']
        write(os.path.join(content, 'beroepen', o['id'] + '.md'), front(fm) + '\n'.join(body).rstrip() + '\n')

    for c in cat['competencies']:
        fm = {'title': c['title'], 'kind': 'Competentie', 'url': '/competenties/%s/' % c['id']}
        body = []
        if (c.get('introduction') or '').strip():
            body += [c['introduction'].strip(), '']
        for s in c['skills']:
            body += ['## %s {#%s}' % (md(s['title']), s['anchor']), '', s['training_actions'].strip(), '']
        body += ['## Beroepen met deze competentie {#beroepen-met-deze-competentie}', '']
        body += ['- ' + link('beroepen', occupations[oid]) for oid in c['occupations']]
        write(os.path.join(content, 'competenties', c['id'] + '.md'), front(fm) + '\n'.join(body).rstrip() + '\n')

    for k in cat['key_skills']:
        fm = {'title': k['title'], 'kind': 'Sleutelvaardigheid', 'url': '/sleutelvaardigheden/%s/' % k['id']}
        body = [(k.get('definition') or '').strip(), '', '## Beroepen {#beroepen}', '']
        body += ['- ' + link('beroepen', occupations[oid]) for oid in k['occupations']]
        write(os.path.join(content, 'sleutelvaardigheden', k['id'] + '.md'), front(fm) + '\n'.join(body).rstrip() + '\n')

    print('wrote a Hugo site of %d occupations, %d competencies and %d key skills into %s'
          % (len(occupations), len(competencies), len(key_skills), out))


if __name__ == '__main__':
    main()
