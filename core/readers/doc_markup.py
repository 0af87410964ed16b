"""HTML, Markdown and plain text into blocks.

HTML: lxml parses the page. Navigation, menus, scripts, styles, forms, and elements whose
id, class or ARIA role names a navigation or boilerplate area are removed. Then the main
content (`<main>`, `<article>` or `role="main"` when present, else `<body>`) is walked into
headings, paragraphs, list items, tables and code blocks. trafilatura 2.3.1 was not used
because it dropped clauses of a Japanese ordinance page, and a statute must not lose any.

Markdown: YAML front matter and `<!-- -->` comments are dropped. ATX and setext headings
give the heading path. List items, tables, quotes and fenced code become their own blocks.
Inline markup (emphasis, links, images, code spans, tags) is reduced to its text.

Plain text: decoded with the detected encoding and split into paragraphs at blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from core.encoding import detect_encoding, encoding_label, resolve_codec
from core.errors import InputError
from core.readers import Problem
from core.readers.doc_common import CJK_CHAR, Block, clean_block_text, join_lines, render_table

_CJK_SPACE = re.compile(rf"(?<={CJK_CHAR.pattern}) (?={CJK_CHAR.pattern})")
_HTML_SPACE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass
class DecodedText:
    text: str
    encoding: str
    problems: list[Problem] = field(default_factory=list)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_file(path: Path, encoding: str = "auto", *, html: bool = False) -> DecodedText:
    """Read a whole text file with the given or detected encoding.

    For HTML without a byte order mark, a `<meta charset>` in the first 4 KB decides the
    encoding before detection does. Undecodable bytes are replaced and reported as a Problem.

    Raises:
        InputError: the file is empty or the encoding name is unknown.
    """
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty", code="document_empty", path=str(path))
    declared = _META_CHARSET.search(data[:4096]) if html and encoding == "auto" else None
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            encoding = resolve_codec(declared.group(1).decode("ascii"))
        except InputError:
            encoding = "auto"  # an unknown charset name: fall back to detection
    codec = resolve_codec(encoding) if encoding != "auto" else detect_encoding(path).codec
    # utf-8-sig also drops a byte order mark, which plain utf-8 would keep as U+FEFF.
    text = data.decode("utf-8-sig" if codec == "utf-8" else codec, errors="replace")
    problems = []
    bad = text.count("\ufffd")
    if bad:
        problems.append(Problem(
            "encoding_replaced",
            f"{path}: {bad} characters could not be decoded as {encoding_label(codec)} and were replaced; "
            "choose the file's encoding by hand if the text looks wrong",
        ))
    return DecodedText(text, encoding_label(codec), problems)


# ---------------------------------------------------------------- HTML

_DROP_TAGS = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "menu", "iframe", "svg", "button", "select", "input", "textarea", "object", "embed", "head",
}
_BOILERPLATE_TOKENS = {
    "nav", "navi", "navigation", "navbar", "menu", "menubar", "breadcrumb", "breadcrumbs",
    "sidebar", "footer", "header", "toolbar", "cookie", "cookies", "banner", "skip", "pager",
    "pagination", "share", "social", "ads", "advert", "advertisement", "related", "masthead",
}
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "figure", "figcaption", "address", "hr", "body", "center", "details", "summary", "caption",
}


def read_html(path: Path, encoding: str = "auto") -> tuple[list[Block], DecodedText, int]:
    """Read an HTML page's main content into blocks; also return how many boilerplate elements went.

    Raises:
        InputError: the file is empty or has no text.
    """
    import lxml.html
    from lxml import etree

    decoded = decode_file(path, encoding, html=True)
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", decoded.text)
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{path}: not a readable HTML page ({exc})", code="document_corrupt", path=str(path)) from exc

    removed = 0
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            if element.getparent() is not None:  # comments and processing instructions
                element.drop_tree()
            continue
        if element.getparent() is None:
            continue
        if element.tag in _DROP_TAGS or _is_boilerplate(element):
            removed += 1
            element.drop_tree()

    main = root.find(".//main")
    if main is None:
        main = next(iter(root.xpath(".//article | .//*[@role='main']")), None)
    if main is None:
        main = root.find("body") if root.find("body") is not None else root

    walker = _HtmlWalker()
    walker.walk(main)
    walker.flush()
    return walker.blocks, decoded, removed


def _is_boilerplate(element) -> bool:
    role = (element.get("role") or "").lower()
    if role in _BOILERPLATE_ROLES:
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    tokens = set(re.split(r"[\s_\-]+", names))
    return bool(tokens & _BOILERPLATE_TOKENS)


_SOURCE_BREAK = re.compile(r"[ \t\f\v]*[\r\n][ \t\r\n\f\v]*")


def _inline(text: str) -> str:
    """Collapse white space as a browser does, dropping line breaks in the source next to CJK."""
    def join(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1] if match.start() else ""
        after = match.string[match.end()] if match.end() < len(match.string) else ""
        return "" if CJK_CHAR.match(before) or CJK_CHAR.match(after) else " "

    return _CJK_SPACE.sub("", _HTML_SPACE.sub(" ", _SOURCE_BREAK.sub(join, text)))


class _HtmlWalker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.kind = "paragraph"

    def flush(self) -> None:
        text = "\n".join(_inline(line).strip() for line in "".join(self.buffer).split("\n"))
        text = clean_block_text(_CJK_SPACE.sub("", text))
        if text:
            self.blocks.append(Block(text=text, kind=self.kind))
        self.buffer = []
        self.kind = "paragraph"

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HEADINGS:
            self.flush()
            self.blocks.append(Block(text=_inline(element.text_content()).strip(), kind="heading", level=_HEADINGS[tag]))
            return
        if tag == "table":
            self.flush()
            rows = [
                [_inline(cell.text_content()).strip() for cell in row.xpath("./th | ./td")]
                for row in element.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
            ]
            self.blocks.append(Block(text=render_table(rows), kind="table"))
            return
        if tag == "pre":
            self.flush()
            self.blocks.append(Block(text=clean_block_text(element.text_content()), kind="code"))
            return
        if tag == "li":
            self.flush()
            self.kind = "list"
            self._children(element)
            self.flush()
            return
        if tag == "br":
            self.buffer.append("\n")
            return
        if tag in _BLOCK_TAGS:
            self.flush()
            self._children(element)
            self.flush()
            return
        self._children(element)

    def _children(self, element) -> None:
        if element.text:
            self.buffer.append(_inline(element.text))
        for child in element:
            self.walk(child)
            if child.tail:
                self.buffer.append(_inline(child.tail))


# ---------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE_SPAN = re.compile(r"`([^`]+)`")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _markdown_inline(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return _TAG.sub("", text)


def parse_markdown(text: str) -> tuple[list[Block], bool]:
    """Split Markdown into blocks; also tell whether YAML front matter was dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    front = _FRONT_MATTER.match(text)
    if front:
        text = text[front.end():]
    text = _COMMENT.sub("", text)

    blocks: list[Block] = []
    buffer: list[str] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal buffer, kind
        if buffer:
            if kind == "table":
                rows = [
                    [cell.strip() for cell in line.strip().strip("|").split("|")]
                    for line in buffer if not _TABLE_SEPARATOR.match(line)
                ]
                body = render_table([[_markdown_inline(cell) for cell in row] for row in rows])
            elif kind == "code":
                body = "\n".join(buffer)
            else:
                body = _markdown_inline(join_lines(buffer))
            body = clean_block_text(body)
            if body:
                blocks.append(Block(text=body, kind=kind))
        buffer = []
        kind = "paragraph"

    lines = text.split("\n")
    fence = ""
    for line in lines:
        if fence:
            if line.strip().startswith(fence):
                fence = ""
                flush()
            else:
                buffer.append(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            flush()
            fence, kind = opening.group(1), "code"
            continue
        if not line.strip():
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block(text=_markdown_inline((heading.group(2) or "").strip()), kind="heading", level=len(heading.group(1))))
            continue
        setext = _SETEXT.match(line)
        if setext and kind == "paragraph" and len(buffer) == 1:
            level = 1 if setext.group(1).startswith("=") else 2
            blocks.append(Block(text=_markdown_inline(buffer[0].strip()), kind="heading", level=level))
            buffer = []
            continue
        if line.lstrip().startswith("|"):
            if kind != "table":
                flush()
                kind = "table"
            buffer.append(line)
            continue
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            kind = "list"
            buffer.append(item.group(1))
            continue
        if line.lstrip().startswith(">"):
            if kind != "quote":
                flush()
                kind = "quote"
            buffer.append(line.lstrip()[1:].lstrip())
            continue
        if kind == "table":
            flush()
        buffer.append(line)
    flush()
    return blocks, bool(front)


# ---------------------------------------------------------------- plain text


def parse_text(text: str) -> list[Block]:
    """Split plain text into paragraphs at blank lines, keeping the lines of each."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return [
        Block(text=clean_block_text(part), kind="paragraph")
        for part in re.split(r"\n[ \t\u3000]*\n", text)
        if part.strip()
    ]
