#!/usr/bin/env bash
# Regenerates the import fixtures of this folder from their sources in src/.
#
# Made with LibreOffice 7.4.7.2 (Debian 12 packages libreoffice-writer-nogui 4:7.4.7-1+deb12u14,
# python3-uno, libreoffice-script-provider-python), poppler-utils 22.12, qpdf 11.3 and img2pdf 0.4.4;
# Python 3 (standard library only) for the sources. Install them with
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno \
#     libreoffice-script-provider-python poppler-utils qpdf img2pdf fonts-liberation2
# The outputs are committed: the tests and CI need none of these tools. Another LibreOffice version
# gives other bytes (and may give other page numbers); check the result as README.md says before
# committing it.
set -euo pipefail
cd "$(dirname "$0")"
for tool in soffice pdftotext pdftoppm qpdf img2pdf python3 /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "make-fixtures: $tool is missing" >&2; exit 2; }
done
echo "make-fixtures: $(soffice --version | head -1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LO_PROFILE="file://$work/profile"   # a throw-away LibreOffice user profile
export LC_ALL=C.UTF-8

convert() {  # convert FORMAT FILTER SOURCE...: converts the .fodt sources into this folder
  local fmt=$1 filter=$2; shift 2
  soffice -env:UserInstallation="$LO_PROFILE" --headless --norestore \
    --convert-to "$fmt:$filter" --outdir . "$@" >/dev/null 2>&1
}

# 1. The sources: the seed plan rebuilt from its text export, the variants, the second plan, the letter;
#    the tables of contents get the page numbers of a first rendering.
python3 src/make_sources.py ../seed/opleidingsplan-medewerker-callcenter.txt src --paginate

# 2. Conversions with LibreOffice.
convert docx "MS Word 2007 XML" src/seed-callcenter.fodt src/second-klantendienst.fodt \
  src/variant-merged-cells.fodt src/variant-long-skill.fodt src/competency-without-skills.fodt \
  src/not-a-plan.fodt
convert doc "MS Word 97" src/seed-callcenter.fodt src/second-klantendienst.fodt
convert pdf writer_pdf_Export src/seed-callcenter.fodt src/second-klantendienst.fodt \
  src/variant-long-skill.fodt src/not-a-plan.fodt
convert txt "Text (encoded):UTF8,LF,,," src/second-klantendienst.fodt

# 3. Negative fixtures.
# A scan: page 2 of the seed's PDF as a grey 100 dpi image, in a PDF without any text layer.
pdftoppm -r 100 -gray -png -f 2 -l 2 seed-callcenter.pdf "$work/scan"
img2pdf --producer "" --creationdate "2024-03-14T10:00:00Z" --moddate "2024-03-14T10:00:00Z" \
  -o scanned.pdf "$work"/scan*.png
# A PDF that opens only with the user password "user" (owner password "owner"), AES-256.
qpdf --encrypt user owner 256 -- not-a-plan.pdf encrypted.pdf
# A .docx that opens only with the password "geheim" (OOXML agile encryption, through UNO).
/usr/bin/python3 src/encrypt_docx.py src/not-a-plan.fodt encrypted.docx geheim
# A .docx cut off after 6000 bytes: the zip has no central directory.
head -c 6000 seed-callcenter.docx > corrupt.docx

echo "make-fixtures: done"
