"""DOCX paragraphs, headings, lists, tables, text boxes, headers, footers and notes.

python-docx opens the package and names the styles; the body XML is walked directly because
python-docx skips text boxes (`w:txbxContent`), content controls and notes. A text box is
emitted once, as a block of kind "textbox" right after the paragraph it is anchored in. Word
also keeps a copy in `mc:Fallback` for old readers, and that copy is ignored. Template tags such as
`{{name}}` are removed.
"""

from __future__ import annotations

import re
import zipfile
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError
from core.progress import CancelToken, ProgressCallback
from core.readers.doc_common import Block, clean_block_text, render_table

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": _W, "mc": _MC}


def _tag(name: str) -> str:
    return f"{{{_W}}}{name}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_tag(n) for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_T, _TAB, _BR, _CR, _TXBX = (_tag(n) for n in ("t", "tab", "br", "cr", "txbxContent"))
_FALLBACK = f"{{{_MC}}}Fallback"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")
_HEADING_STYLE = re.compile(r"^(?:heading|标题|標題|見出し)\s*(\d)$", re.IGNORECASE)
_BLOCKS_PER_PROGRESS = 200
# Template tags removed while the current document is read; one counter per read_docx call.
_placeholders_removed: ContextVar[list[int]] = ContextVar("_placeholders_removed")


@dataclass
class DocxResult:
    blocks: list[Block]
    placeholders_removed: int = 0
    textboxes: int = 0
    tables: int = 0
    notes: int = 0
    pages: int = 0
    """Page count Word stored in docProps/app.xml when the file was last saved; 0 when absent."""


def read_docx(path: Path, *, progress: ProgressCallback, cancel: CancelToken) -> DocxResult:
    """Read a DOCX file into blocks in reading order.

    Raises:
        InputError: the file is empty, password-protected, an old .doc, or damaged.
    """
    document = _open(path)
    counter = [0]
    token = _placeholders_removed.set(counter)
    try:
        result = _read_body(document, progress=progress, cancel=cancel)
    finally:
        _placeholders_removed.reset(token)
    result.placeholders_removed = counter[0]
    result.pages = _saved_page_count(document)
    return result


def _saved_page_count(document) -> int:
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return 0
            pages = root.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages")
            if pages is not None and (pages.text or "").strip().isdigit():
                return int(pages.text)
    return 0


def _read_body(document, *, progress: ProgressCallback, cancel: CancelToken) -> DocxResult:
    styles = _style_levels(document)
    result = DocxResult(blocks=[])

    body = document.element.body
    elements = list(_body_children(body))
    for index, element in enumerate(elements):
        if index % _BLOCKS_PER_PROGRESS == 0:
            cancel.raise_if_cancelled()
            progress("docx blocks", index, len(elements))
        if element.tag == _P:
            _add_paragraph(element, styles, result)
        elif element.tag == _TBL:
            result.tables += 1
            result.blocks.append(Block(text=_table_text(element), kind="table"))
    progress("docx blocks", len(elements), len(elements))

    result.blocks[:0] = _header_footer_blocks(document, "header")
    result.blocks.extend(_header_footer_blocks(document, "footer"))
    notes = _note_blocks(document)
    result.notes = len(notes)
    result.blocks.extend(notes)

    for block in result.blocks:
        block.text = clean_block_text(block.text)
    return result


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise InputError(f"{path}: the file is empty; save the document again", code="document_empty", path=str(path))
    if head == _OLE_SIGNATURE:
        raise InputError(
            f"{path}: the document is password-protected or an old Word .doc file; "
            "remove the password or save it as .docx in Word, then add it again",
            code="document_encrypted", path=str(path),
        )
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(
            f"{path}: the file is damaged or not a Word document ({exc}); open it in Word and save it again as .docx",
            code="document_corrupt", path=str(path), detail=str(exc),
        ) from exc


def _style_levels(document) -> dict[str, tuple[int, bool]]:
    """Map style ids to (heading level or 0, is a list style)."""
    levels: dict[str, tuple[int, bool]] = {}
    for style in document.styles:
        name = (style.name or "").strip()
        level = 0
        match = _HEADING_STYLE.match(name)
        if match:
            level = int(match.group(1))
        elif name.lower() == "title":
            level = 1
        else:
            outline = style.element.find(f"{_tag('pPr')}/{_tag('outlineLvl')}")
            if outline is not None and outline.get(_tag("val"), "").isdigit():
                value = int(outline.get(_tag("val")))
                level = value + 1 if value < 9 else 0
        levels[style.style_id] = (level, name.lower().startswith("list"))
    return levels


def _body_children(container):
    """Yield paragraphs and tables of a body or cell, looking inside content controls."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _body_children(content)


def _run_text(element) -> str:
    """Collect the text of an element, skipping text boxes and the mc:Fallback copies."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag in (_TXBX, _FALLBACK):
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _P and parts:
                parts.append("\n")
                walk(child)
                continue
            walk(child)

    walk(element)
    text, removed = _PLACEHOLDER.subn("", "".join(parts))
    if removed:
        _placeholders_removed.get()[0] += removed
        text = re.sub(r"[ \t]{2,}", " ", text)
    return text


def _add_paragraph(paragraph, styles, result: DocxResult) -> None:
    properties = paragraph.find(_tag("pPr"))
    level, is_list = 0, False
    if properties is not None:
        style = properties.find(_tag("pStyle"))
        if style is not None:
            level, is_list = styles.get(style.get(_tag("val")), (0, False))
        outline = properties.find(_tag("outlineLvl"))
        if outline is not None and outline.get(_tag("val"), "").isdigit() and int(outline.get(_tag("val"))) < 9:
            level = int(outline.get(_tag("val"))) + 1
        if properties.find(_tag("numPr")) is not None:
            is_list = True

    text = _run_text(paragraph)
    if level:
        result.blocks.append(Block(text=text, kind="heading", level=level))
    else:
        result.blocks.append(Block(text=text, kind="list" if is_list else "paragraph"))

    for box in paragraph.iterfind(f".//{_TXBX}"):
        if _inside(box, paragraph, (_FALLBACK, _TXBX)):
            continue
        result.textboxes += 1
        lines = [_run_text(child) if child.tag == _P else _table_text(child) for child in _body_children(box)]
        result.blocks.append(Block(text="\n".join(line for line in lines if line.strip()), kind="textbox"))


def _inside(element, stop, tags) -> bool:
    """Tell whether `element` has an ancestor with one of `tags` below `stop`."""
    node = element.getparent()
    while node is not None and node is not stop:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


def _cell_text(cell) -> str:
    parts = []
    for child in _body_children(cell):
        parts.append(_run_text(child) if child.tag == _P else _table_text(child))
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


def _table_text(table) -> str:
    return render_table([[_cell_text(cell) for cell in row.iterfind(_TC)] for row in table.iterfind(_TR)])


def _header_footer_blocks(document, kind: str) -> list[Block]:
    blocks: list[Block] = []
    seen: set[str] = set()
    for section in document.sections:
        for variant in ("", "first_page_", "even_page_"):
            part = getattr(section, f"{variant}{kind}")
            if part.is_linked_to_previous:
                continue
            for child in _body_children(part._element):
                text = clean_block_text(_run_text(child) if child.tag == _P else _table_text(child))
                if text and text not in seen:
                    seen.add(text)
                    blocks.append(Block(text=text, kind=kind))
    return blocks


def _note_blocks(document) -> list[Block]:
    """Read footnotes and endnotes, skipping Word's separator notes."""
    from lxml import etree

    blocks: list[Block] = []
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name not in ("/word/footnotes.xml", "/word/endnotes.xml"):
            continue
        kind = "footnote" if "footnotes" in name else "endnote"
        root = etree.fromstring(part.blob)
        for note in root:
            if note.get(_tag("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = clean_block_text(_run_text(note))
            if text:
                blocks.append(Block(text=text, kind=kind))
    return blocks
