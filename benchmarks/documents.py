"""Measure document reading speed in pages per second on generated 500-page PDF and DOCX files.

Usage: python benchmarks/documents.py [--pages N] [--keep DIR]

The PDF has about 30 lines of Chinese and English text per page, drawn with reportlab and
Adobe's standard CJK font (unembedded), plus a running header and a page number. The DOCX
has the same paragraphs with a page break after each page's worth. Each file is read once
by `read_document` and then chunked at 2,000 tokens; the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from core.chunking import chunk_document_table
from core.readers.documents import read_document
from core.recipe import SourceSpec

LINES_PER_PAGE = 30
ZH = "第{n}条 经营者应当保证其提供的商品或者服务符合保障人身、财产安全的要求。"
EN = "Section {n}: the supplier shall keep records of every delivery for five years."


def _line(page: int, line: int) -> str:
    number = page * LINES_PER_PAGE + line
    return (ZH if line % 2 == 0 else EN).format(n=number)


def write_pdf(path: Path, pages: int) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    for page in range(pages):
        pdf.setFont("STSong-Light", 8)
        pdf.drawString(72, 810, "内部资料 Internal")
        pdf.drawString(290, 30, str(page + 1))
        pdf.setFont("STSong-Light", 10)
        y = 780.0
        for line in range(LINES_PER_PAGE):
            pdf.drawString(60, y, _line(page, line))
            y -= 24
        pdf.showPage()
    pdf.save()


def write_docx(path: Path, pages: int) -> None:
    document = docx.Document()
    for page in range(pages):
        document.add_heading(f"第{page + 1}章", level=1)
        paragraph = None
        for line in range(LINES_PER_PAGE):
            paragraph = document.add_paragraph(_line(page, line))
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


def measure(path: Path, pages: int) -> dict[str, float]:
    started = time.perf_counter()
    table = read_document(path, SourceSpec(path=str(path)))
    read_seconds = time.perf_counter() - started
    started = time.perf_counter()
    chunks = chunk_document_table(table, 2000)
    chunk_seconds = time.perf_counter() - started
    return {
        "blocks": table.frame.height,
        "chunks": chunks.frame.height,
        "read_s": read_seconds,
        "pages_per_s": pages / read_seconds,
        "chunk_s": chunk_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500, help="pages per generated document")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated files in")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        pdf_path, docx_path = folder / "bench.pdf", folder / "bench.docx"
        write_pdf(pdf_path, args.pages)
        write_docx(docx_path, args.pages)
        for label, path in (("pdf", pdf_path), ("docx", docx_path)):
            result = measure(path, args.pages)
            print(
                f"{label}: {args.pages} pages, {path.stat().st_size / 1e6:.1f} MB, {result['blocks']} blocks, "
                f"read {result['read_s']:.2f} s = {result['pages_per_s']:.1f} pages/s, "
                f"{result['chunks']} chunks in {result['chunk_s']:.2f} s"
            )


if __name__ == "__main__":
    main()
