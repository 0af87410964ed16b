"""PDF text in reading order with pdfminer.six, page by page.

Each pdfminer text box becomes a paragraph block; its lines are joined without spaces
between CJK characters. Pages whose boxes are mostly vertical (Japanese tategaki) are read
right to left. Pages without a text layer (scanned images) and pages whose glyphs do not map
to Unicode (`(cid:123)` runs, private-use characters) are skipped and reported by page
number. Lines that repeat on most pages at the top or bottom (running headers, footers) and
bare page numbers are removed.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import InputError
from core.progress import CancelToken, ProgressCallback
from core.readers import Problem
from core.readers.doc_common import Block, clean_block_text, join_lines

# pdfminer logs a warning for each odd font descriptor, and a user cannot act on any of them.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_CID = re.compile(r"\(cid:\d+\)")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufffd]")
# Share of a page's visible characters that may be unmappable before the page is skipped.
_MAX_UNMAPPED_SHARE = 0.1
# A page with fewer visible characters than this, mostly covered by images, is likely a scan with a stamp.
_FEW_CHARS = 100
_MOSTLY_IMAGE_SHARE = 0.5
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—\s]*\d{1,4}[-–—\s]*|(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*/\s*\d+"
    r"|第\s*\d+\s*[页頁]|\d+\s*ページ|- ?\d+ ?-)$",
    re.IGNORECASE,
)
# How many boxes at the top and at the bottom of a page can be running headers or footers.
_EDGE_BOXES = 2
# A line is a running header or footer when it repeats on at least this share of the pages.
_REPEAT_SHARE = 0.6
# A short line whose font is at least this much larger than the body text is a heading.
_HEADING_SIZE_RATIO = 1.15
_HEADING_MAX_CHARS = 80
_MAX_HEADING_LEVELS = 4
_SENTENCE_END = ("。", "．", ".", "！", "？", "!", "?", "，", ",", "、", "；", ";", ":", "：")


@dataclass
class _PageBox:
    text: str
    top: float
    size: float
    """Mean font size of the box's characters, in points."""
    chars: int
    is_edge: bool = False


@dataclass
class PdfResult:
    blocks: list[Block]
    pages: int
    skipped_pages: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    repeated_lines_removed: int = 0


def read_pdf(path: Path, *, progress: ProgressCallback, cancel: CancelToken) -> PdfResult:
    """Read a PDF into blocks, page by page.

    Raises:
        InputError: the file is empty, password-protected, damaged or not a PDF.
    """
    from pdfminer.layout import LAParams, LTTextBox, LTTextBoxVertical
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # all_texts also lays out text drawn inside form XObjects (figures), which some tools use for every page.
    laparams = LAParams(detect_vertical=True, all_texts=True)
    pages_boxes: list[list[_PageBox]] = []
    problems: list[Problem] = []
    skipped: list[int] = []

    with open(path, "rb") as handle, _pdf_errors(path):
        if handle.read(1) == b"":
            raise InputError(f"{path}: the file is empty; export the PDF again", code="document_empty", path=str(path))
        handle.seek(0)
        document = PDFDocument(PDFParser(handle))
        if not document.is_extractable:
            problems.append(Problem(
                "pdf_extraction_restricted",
                f"{path}: the PDF's permissions forbid copying text; it was read anyway, check that you may use it",
            ))
        page_list = list(PDFPage.create_pages(document))
        total = len(page_list)
        if total == 0:
            raise InputError(f"{path}: the PDF has no pages", code="document_empty", path=str(path))

        render = _page_renderer(laparams)
        for number, page in enumerate(page_list, start=1):
            cancel.raise_if_cancelled()
            progress("pdf pages", number - 1, total)
            layout = render(page)
            boxes = _text_boxes(layout, LTTextBox)
            texts = [box.get_text() for box in boxes]
            visible = sum(len(text) - text.count(" ") - text.count("\n") for text in texts)

            if visible == 0:
                if _has_image(layout):
                    skipped.append(number)
                    problems.append(Problem(
                        "pdf_page_no_text",
                        f"{path}: page {number} has no text layer (a scanned image); it was skipped. "
                        "Run OCR on the PDF and add it again to include this page",
                        severity="warning", row=number,
                    ))
                pages_boxes.append([])
                continue

            unmapped = sum(len(_CID.findall(text)) + len(_PRIVATE_USE.findall(text)) for text in texts)
            if unmapped > _MAX_UNMAPPED_SHARE * visible:
                skipped.append(number)
                problems.append(Problem(
                    "pdf_page_unmapped_glyphs",
                    f"{path}: page {number} uses a font whose characters cannot be turned into text "
                    f"({unmapped} unmapped glyphs); it was skipped. Export the PDF again with fonts "
                    "embedded as Unicode, or run OCR on it",
                    severity="warning", row=number,
                ))
                pages_boxes.append([])
                continue
            if visible < _FEW_CHARS and _image_share(layout) >= _MOSTLY_IMAGE_SHARE:
                problems.append(Problem(
                    "pdf_page_mostly_image",
                    f"{path}: page {number} is mostly an image with only {visible} characters of text; "
                    "text inside the image was not read. Run OCR on the PDF to include it",
                    severity="warning", row=number,
                ))
            if unmapped:
                problems.append(Problem(
                    "pdf_glyphs_removed",
                    f"{path}: page {number}: {unmapped} unmapped glyphs were removed from the text",
                    row=number,
                ))

            vertical = sum(len(t) for b, t in zip(boxes, texts, strict=True) if isinstance(b, LTTextBoxVertical))
            ordered = list(zip(boxes, texts, strict=True))
            if vertical * 2 > visible:
                ordered = _vertical_order(ordered)
            pages_boxes.append(_page_boxes(ordered))
        progress("pdf pages", total, total)

    removed = _drop_running_lines(pages_boxes)
    levels = _heading_levels(pages_boxes)
    blocks = []
    for number, boxes in enumerate(pages_boxes, start=1):
        for box in boxes:
            level = levels.get(round(box.size, 1), 0) if _may_be_heading(box) else 0
            blocks.append(Block(text=box.text, kind="heading" if level else "paragraph", page=str(number), level=level))
    return PdfResult(blocks, total, skipped, problems, removed)


def _vertical_order(pairs):
    """Order vertical text: tiers top to bottom, each tier's columns right to left."""
    tiers: list[list] = []
    bottom = 0.0
    for pair in sorted(pairs, key=lambda pair: -pair[0].y1):
        box = pair[0]
        if tiers and box.y1 > bottom:
            tiers[-1].append(pair)
            bottom = min(bottom, box.y0)
        else:
            tiers.append([pair])
            bottom = box.y0
    return [pair for tier in tiers for pair in sorted(tier, key=lambda pair: -pair[0].x1)]


def _page_renderer(laparams):
    """Return a function that lays out one page; fonts are parsed once per document."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)

    def render(page):
        interpreter.process_page(page)
        return device.get_result()

    return render


def _text_boxes(layout, box_type) -> list:
    """Collect text boxes in layout order, including those inside figures."""
    from pdfminer.layout import LTFigure

    found = []
    for item in layout:
        if isinstance(item, box_type):
            found.append(item)
        elif isinstance(item, LTFigure):
            found.extend(_text_boxes(item, box_type))
    return found


def _image_share(layout) -> float:
    """Return the share of the page area that images cover (overlaps counted twice, capped at 1)."""
    from pdfminer.layout import LTContainer, LTImage

    page_area = max(layout.width * layout.height, 1.0)
    covered = 0.0
    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTImage):
            covered += item.width * item.height
        elif isinstance(item, LTContainer):
            stack.extend(item)
    return min(covered / page_area, 1.0)


def _has_image(layout) -> bool:
    from pdfminer.layout import LTContainer, LTImage

    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTImage):
            return True
        if isinstance(item, LTContainer):
            stack.extend(item)
    return False


def _page_boxes(ordered) -> list[_PageBox]:
    boxes: list[_PageBox] = []
    for box, text in ordered:
        text = _PRIVATE_USE.sub("", _CID.sub("", text))
        joined = clean_block_text(join_lines(text.split("\n")))
        if joined:
            size, chars = _font_size(box)
            boxes.append(_PageBox(joined, box.y1, size, chars))
    by_height = sorted(range(len(boxes)), key=lambda i: -boxes[i].top)
    for index in by_height[:_EDGE_BOXES] + by_height[-_EDGE_BOXES:]:
        boxes[index].is_edge = True
    return boxes


def _font_size(box) -> tuple[float, int]:
    from pdfminer.layout import LTChar

    total, count = 0.0, 0
    for line in box:
        for item in line:
            if isinstance(item, LTChar):
                total += item.size
                count += 1
    return (total / count if count else 0.0), count


def _may_be_heading(box: _PageBox) -> bool:
    return len(box.text) <= _HEADING_MAX_CHARS and "\n" not in box.text and not box.text.endswith(_SENTENCE_END)


def _heading_levels(pages_boxes: list[list[_PageBox]]) -> dict[float, int]:
    """Map font sizes clearly larger than the body text to heading levels, largest first.

    The body size is the size most characters of the document have.
    """
    by_size: Counter[float] = Counter()
    for boxes in pages_boxes:
        for box in boxes:
            by_size[round(box.size, 1)] += box.chars
    if not by_size:
        return {}
    body = by_size.most_common(1)[0][0]
    larger = sorted((size for size in by_size if size >= body * _HEADING_SIZE_RATIO), reverse=True)
    return {size: level for level, size in enumerate(larger[:_MAX_HEADING_LEVELS], start=1)}


def _normalize_running(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()


def _drop_running_lines(pages_boxes: list[list[_PageBox]]) -> int:
    """Remove page numbers and edge boxes repeated on most pages; return how many were removed."""
    text_pages = [boxes for boxes in pages_boxes if boxes]
    if len(text_pages) < 2:
        return 0
    seen: Counter[str] = Counter()
    for boxes in text_pages:
        seen.update({_normalize_running(box.text) for box in boxes if box.is_edge})
    needed = max(3, _REPEAT_SHARE * len(text_pages))
    running = {key for key, count in seen.items() if count >= needed}

    removed = 0
    for boxes in pages_boxes:
        keep = [
            box for box in boxes
            if not (box.is_edge and (_PAGE_NUMBER.match(box.text) or _normalize_running(box.text) in running))
        ]
        removed += len(boxes) - len(keep)
        boxes[:] = keep
    return removed


class _pdf_errors:
    """Turn pdfminer's exceptions for damaged or locked files into `InputError`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, InputError):
            return False
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException

        path = self.path
        if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(
                f"{path}: the PDF is password-protected; save a copy without a password and add that",
                code="document_encrypted", path=str(path),
            ) from exc
        if isinstance(exc, (PDFSyntaxError, PSException, ValueError, KeyError, TypeError)):
            raise InputError(
                f"{path}: the PDF is damaged or not a PDF ({exc}); open it in a PDF viewer and save it again",
                code="document_corrupt", path=str(path), detail=str(exc),
            ) from exc
        return False
