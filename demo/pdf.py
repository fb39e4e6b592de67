"""The demo's documents (content/<language>/documents.yaml) as tagged PDFs (PDF/UA-1) in their
language, made with WeasyPrint as the pdfs app makes the pages' PDFs: a title page naming the
publisher and year, then the sections. Nothing is fetched but the site's own font file, and the
PDF carries no date, so the same text always gives the same bytes."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML

STYLESHEET = Path(__file__).parent / "templates" / "demo" / "document.css"
FONT = "vendor/fonts/inter-latin-wght-normal.woff2"  # copied by `make assets`; without it, a system font


def document_html(record, lang):
    return render_to_string("demo/document.html", {"document": record, "lang": lang})


def font_face():
    found = finders.find(FONT)
    if not found:
        return ""
    return f'@font-face {{ font-family: Inter; src: url("{Path(found).as_uri()}") format("woff2"); }}'


def render_pdf(record, lang):
    """The PDF bytes of one document (a record of documents.yaml in one language)."""
    html = HTML(string=document_html(record, lang), base_url=str(STYLESHEET.parent))
    stylesheets = [CSS(string=font_face()), CSS(filename=str(STYLESHEET))]
    return html.write_pdf(stylesheets=stylesheets, pdf_variant="pdf/ua-1", pdf_identifier=b"demo")
