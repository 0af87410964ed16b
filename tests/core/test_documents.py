"""Document readers on real samples and on PDF, DOCX, HTML and text files the tests generate."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest

from core.errors import InputError
from core.readers import REJECT, SOURCE_ROW, read_source
from core.readers.documents import read_document
from core.recipe import SourceSpec

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

# Adobe's standard CJK fonts: reportlab writes them unembedded with the UniGB/UniJIS CMaps,
# which pdfminer maps back to Unicode. The Noto CJK fonts are CFF-based, which reportlab
# cannot embed.
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))

ZH_LINES = ["为保护消费者的合法权益，维护社会经济秩序，", "促进社会主义市场经济健康发展，制定本法。"]
ZH_PARAGRAPH = "".join(ZH_LINES)
JA_SENTENCE = "個人情報の保護に関する法律施行条例を公布する。"


def _read(path: Path, fmt: str = "auto"):
    return read_document(path, SourceSpec(path=str(path), format=fmt))


def _texts(table) -> list[str]:
    return table.frame["text"].to_list()


def _draw_page(pdf: canvas.Canvas, page: int, lines: list[tuple[str, str]], running: bool) -> None:
    if running:
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(72, 810, "公司内部资料 仅供培训使用")
        pdf.drawString(290, 30, f"- {page} -")
    y = 760.0
    for font, text in lines:
        if not text:
            y -= 30
            continue
        pdf.setFont(font, 12)
        pdf.drawString(72, y, text)
        y -= 15


def _write_pdf(path: Path, pages: list[list[tuple[str, str]]], *, running: bool = False, image_pages=()) -> Path:
    from PIL import Image

    pdf = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, start=1):
        if number in image_pages:
            picture = Image.new("RGB", (200, 100), (240, 240, 240))
            buffer = io.BytesIO()
            picture.save(buffer, format="PNG")
            buffer.seek(0)
            pdf.drawImage(ImageReader(buffer), 72, 500, width=400, height=200)
        else:
            _draw_page(pdf, number, lines, running)
        pdf.showPage()
    pdf.save()
    return path


def _chinese_page() -> list[tuple[str, str]]:
    return [("STSong-Light", "第一章 总则"), ("STSong-Light", ""), *[("STSong-Light", line) for line in ZH_LINES],
            ("STSong-Light", ""), ("HeiseiMin-W3", JA_SENTENCE)]


def _write_unmapped_pdf(path: Path) -> Path:
    """Write a one-page PDF whose Identity-H font has no ToUnicode map, so glyphs map to no text."""
    content = b"BT /F1 14 Tf 72 700 Td <0101010201030104010501060107010801090110> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Custom /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Custom /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /Custom /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


# ---------------------------------------------------------------- PDF


def test_pdf_vertical_japanese_reads_columns_right_to_left(data_dir):
    table = _read(data_dir / "documents" / "jo.pdf")
    texts = _texts(table)
    assert texts[:5] == ["序", "わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です",
                         "（あらゆる透明な幽霊の複合体）"]
    assert texts[9:11] == ["ひとつの青い照明です", "（ひかりはたもち、その電燈は失はれ）"]
    assert texts[-1] == "大正十三年一月廿日\u3000\u3000宮澤賢治"
    assert table.details["pages"] == 1
    assert table.details["skipped_pages"] == []
    assert set(table.frame["page"].to_list()) == {"1"}


def test_pdf_vertical_tiers_upper_before_lower(data_dir):
    texts = _texts(_read(data_dir / "documents" / "jo.pdf"))
    upper_last = texts.index("みんなのおのおののなかのすべてですから）")
    lower_first = texts.index("けれどもこれら新世代沖積世の")
    assert lower_first == upper_last + 1


def test_pdf_simple3_mixed_scripts(data_dir):
    table = _read(data_dir / "documents" / "simple3.pdf")
    joined = "\n".join(_texts(table))
    assert "あいうえおあいうえお" in joined
    assert "Hello" in joined
    assert table.frame[SOURCE_ROW].to_list() == list(range(1, table.frame.height + 1))


def test_pdf_generated_chinese_joins_lines_without_spaces(tmp_path):
    path = _write_pdf(tmp_path / "law.pdf", [_chinese_page()])
    table = _read(path)
    assert _texts(table) == ["第一章 总则", ZH_PARAGRAPH, JA_SENTENCE]
    assert table.frame["kind"].to_list() == ["heading", "paragraph", "paragraph"]
    assert table.frame["heading_path"].to_list() == ["第一章 总则", "第一章 总则", "第一章 总则"]


def test_pdf_running_header_and_page_numbers_removed(tmp_path):
    pages = [[("STSong-Light", f"第{n}页的正文内容。")] for n in "一二三四五"]
    path = _write_pdf(tmp_path / "manual.pdf", pages, running=True)
    table = _read(path)
    assert _texts(table) == [f"第{n}页的正文内容。" for n in "一二三四五"]
    assert table.frame["page"].to_list() == ["1", "2", "3", "4", "5"]
    assert table.details["repeated_lines_removed"] == 10


def test_pdf_scanned_page_reported_and_skipped(tmp_path):
    path = _write_pdf(tmp_path / "scan.pdf", [_chinese_page(), [], _chinese_page()], image_pages={2})
    table = _read(path)
    assert table.details["pages"] == 3
    assert table.details["skipped_pages"] == [2]
    codes = [problem.code for problem in table.problems]
    assert codes == ["pdf_page_no_text"]
    assert "page 2" in table.problems[0].message
    assert table.frame["page"].unique().sort().to_list() == ["1", "3"]


def test_pdf_only_scanned_pages_raises(tmp_path):
    path = _write_pdf(tmp_path / "scan.pdf", [[]], image_pages={1})
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == "document_no_text"
    assert "pages 1" in caught.value.message


def test_pdf_unmapped_glyphs_reported_not_exported(tmp_path):
    unmapped = _write_unmapped_pdf(tmp_path / "cid.pdf")
    with pytest.raises(InputError) as caught:
        _read(unmapped)
    assert caught.value.code == "document_no_text"


def test_pdf_unmapped_page_among_good_pages(tmp_path):
    from pypdf import PdfReader, PdfWriter

    good = _write_pdf(tmp_path / "good.pdf", [_chinese_page()])
    bad = _write_unmapped_pdf(tmp_path / "cid.pdf")
    writer = PdfWriter()
    for source in (good, bad):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    merged = tmp_path / "merged.pdf"
    with open(merged, "wb") as handle:
        writer.write(handle)

    table = _read(merged)
    assert table.details["skipped_pages"] == [2]
    assert [problem.code for problem in table.problems] == ["pdf_page_unmapped_glyphs"]
    assert not any("(cid:" in text for text in _texts(table))
    assert _texts(table) == ["第一章 总则", ZH_PARAGRAPH, JA_SENTENCE]


def test_pdf_password_protected_raises(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = _write_pdf(tmp_path / "plain.pdf", [_chinese_page()])
    writer = PdfWriter()
    writer.add_page(PdfReader(plain).pages[0])
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError) as caught:
        _read(locked)
    assert caught.value.code == "document_encrypted"
    assert "password" in caught.value.message


@pytest.mark.parametrize(("content", "code"), [(b"", "document_empty"), (b"this is not a pdf", "document_corrupt")])
def test_pdf_empty_or_corrupt_raises(tmp_path, content, code):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == code
    assert str(path) in caught.value.message


# ---------------------------------------------------------------- DOCX


def _write_docx(path: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "社外秘"
    section.footer.paragraphs[0].text = "株式会社サンプル"
    document.add_heading("第一章 总则", level=1)
    document.add_paragraph("第一条 " + ZH_PARAGRAPH)
    document.add_paragraph("本法所称消费者，是指为生活消费需要购买商品的个人。")
    document.add_heading("返品について", level=2)
    document.add_paragraph("未開封の商品に限ります。", style="List Bullet")
    document.add_paragraph("送料はお客様のご負担です。", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("品目", "価格"), ("りんご", "120円"), ("みかん", "80円")], strict=True):
        row.cells[0].text, row.cells[1].text = values
    document.add_paragraph("ご注文番号は{{order_no}}です。")
    document.save(path)
    return path


def test_docx_generated_cjk_exact(tmp_path):
    table = _read(_write_docx(tmp_path / "policy.docx"))
    rows = table.frame.select("text", "kind", "heading_path").rows()
    assert rows == [
        ("社外秘", "header", ""),
        ("第一章 总则", "heading", "第一章 总则"),
        ("第一条 " + ZH_PARAGRAPH, "paragraph", "第一章 总则 > 第一条"),
        ("本法所称消费者，是指为生活消费需要购买商品的个人。", "paragraph", "第一章 总则 > 第一条"),
        ("返品について", "heading", "第一章 总则 > 返品について"),
        ("未開封の商品に限ります。", "list", "第一章 总则 > 返品について"),
        ("送料はお客様のご負担です。", "list", "第一章 总则 > 返品について"),
        ("品目: りんご; 価格: 120円\n品目: みかん; 価格: 80円", "table", "第一章 总则 > 返品について"),
        ("ご注文番号はです。", "paragraph", "第一章 总则 > 返品について"),
        ("株式会社サンプル", "footer", ""),
    ]
    assert table.details["placeholders_removed"] == 1
    assert table.details["tables"] == 1
    assert table.frame["page"].to_list() == [""] * 10


def test_docx_textbox_once_after_anchor(data_dir):
    table = _read(data_dir / "documents" / "return_policy_textbox.docx")
    texts = _texts(table)
    assert texts == [
        "返品ポリシー",
        "商品到着後30日以内であれば返品を受け付けます。",
        "注意：開封済みのソフトウェアは返品できません。",
        "送料はお客様のご負担となります。",
    ]
    assert table.frame["kind"].to_list()[2] == "textbox"
    assert sum(text.count("注意：開封済み") for text in texts) == 1


def test_docx_template_tags_removed(data_dir):
    table = _read(data_dir / "documents" / "payment.docx")
    texts = _texts(table)
    assert not any("{{" in text or "}}" in text for text in texts)
    assert table.details["placeholders_removed"] == 12
    assert table.details["pages"] == 1
    assert ("本文档由Poi-tL生成", "header") in table.frame.select("text", "kind").rows()
    assert "付款通知书" in texts
    assert any("货物明细" in text for text in texts)
    assert [problem.code for problem in table.problems] == ["docx_placeholders_removed"]


def test_docx_password_protected_raises(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == "document_encrypted"


def test_docx_corrupt_raises(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == "document_corrupt"
    assert "save it again" in caught.value.message


# ---------------------------------------------------------------- HTML


def test_html_ordinance_main_text_without_scripts(data_dir):
    table = _read(data_dir / "documents" / "g101RG00005236.html")
    texts = _texts(table)
    assert texts[0] == "○個人情報の保護に関する法律施行条例"
    assert "第一条\u3000この条例は、個人情報の保護に関する法律(平成十五年法律第五十七号。以下「法」という。)" \
           "の施行に関し、必要な事項を定めるものとする。" in texts
    assert not any("iPadLoadStyle" in text or "jquery" in text for text in texts)
    article = texts.index("一\u3000保有個人情報を取り扱う事務の名称")
    assert table.frame["heading_path"][article] == "第三条"
    caption = texts.index("(登録簿)")
    assert table.frame["heading_path"][caption] == "第三条"
    assert table.encoding == "UTF-8"


def test_html_navigation_and_footer_removed(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>FAQ</title><style>p{color:red}</style></head><body>"
        "<nav><a href='/'>ホーム</a><a href='/faq'>よくある質問</a></nav>"
        "<div class='breadcrumb'>ホーム &gt; FAQ</div>"
        "<main><h1>よくある質問</h1><h2>配送</h2>"
        "<p>注文から\n3日以内に発送します。</p><ul><li>土日は休業です。</li></ul></main>"
        "<footer>© 2026 Example</footer><script>track()</script></body></html>",
        encoding="utf-8",
    )
    table = _read(path)
    assert table.frame.select("text", "kind", "heading_path").rows() == [
        ("よくある質問", "heading", "よくある質問"),
        ("配送", "heading", "よくある質問 > 配送"),
        ("注文から3日以内に発送します。", "paragraph", "よくある質問 > 配送"),
        ("土日は休業です。", "list", "よくある質問 > 配送"),
    ]


# ---------------------------------------------------------------- Markdown and text


def test_markdown_front_matter_and_headings(data_dir):
    table = _read(data_dir / "documents" / "appi-law.md")
    texts = _texts(table)
    assert not any("doc_type" in text or "retrieved_at" in text for text in texts)
    assert texts[0] == "個人情報保護法 重要ポイント抽出（監査・実装用）"
    assert table.details["front_matter_removed"] is True
    first_item = next(i for i, text in enumerate(texts) if text.startswith("If: 個人情報データベース等"))
    assert texts[first_item] == ("If: 個人情報データベース等を事業の用に供している → Then: 個人情報取扱事業者に該当 "
                                 "[Ref: APPI 第 16 条第 2 項]")
    assert table.frame["kind"][first_item] == "list"
    assert table.frame["heading_path"][first_item] == (
        "個人情報保護法 重要ポイント抽出（監査・実装用） > 事業者該当性の判定 > 個人情報取扱事業者の該当判定"
    )


def test_markdown_chinese_law_articles_in_heading_path(data_dir):
    table = _read(data_dir / "documents" / "消费者权益保护法(2013-10-25).md")
    texts = _texts(table)
    assert not any("INFO END" in text or "<!--" in text for text in texts)
    first = texts.index("第一条 为保护消费者的合法权益，维护社会经济秩序，促进社会主义市场经济健康发展，制定本法。")
    assert table.frame["heading_path"][first] == "中华人民共和国消费者权益保护法 > 第一章 总则 > 第一条"
    follow = texts.index("国家采取措施，保障消费者依法行使权利，维护消费者的合法权益。")
    assert table.frame["heading_path"][follow] == "中华人民共和国消费者权益保护法 > 第一章 总则 > 第五条"
    assert table.details["sections"] > 60


def test_text_gb18030_decoded_exactly(tmp_path):
    path = tmp_path / "通知.txt"
    content = "第一章 总则\n\n" + ZH_PARAGRAPH + "\n\n本通知自发布之日起施行。\n"
    path.write_bytes(content.encode("gb18030"))
    table = _read(path)
    assert _texts(table) == ["第一章 总则", ZH_PARAGRAPH, "本通知自发布之日起施行。"]
    assert table.frame["kind"].to_list() == ["heading", "paragraph", "paragraph"]
    assert "GB18030" in table.encoding.upper()


def test_read_source_dispatches_documents(tmp_path, data_dir):
    copy = tmp_path / "policy.md"
    shutil.copy(data_dir / "documents" / "appi-law.md", copy)
    table = read_source(SourceSpec(path=str(copy), format="markdown"))
    assert table.format == "markdown"
    assert table.details["kind"] == "document"
    assert table.frame[REJECT].null_count() == table.frame.height


def test_docx_without_text_raises(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == "document_no_text"


def test_markdown_empty_file_raises(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"\n\n")
    with pytest.raises(InputError) as caught:
        _read(path)
    assert caught.value.code == "document_empty"


def test_pdf_cancel_stops_reading(tmp_path):
    from core.errors import Cancelled
    from core.progress import CancelToken

    path = _write_pdf(tmp_path / "law.pdf", [_chinese_page(), _chinese_page()])
    token = CancelToken()
    seen: list[tuple[str, float, float | None]] = []

    def progress(stage, done, total):
        seen.append((stage, done, total))
        token.cancel()

    with pytest.raises(Cancelled):
        read_document(path, SourceSpec(path=str(path)), progress=progress, cancel=token)
    assert seen == [("pdf pages", 0, 2)]


def test_pdf_larger_fonts_become_headings(tmp_path):
    path = tmp_path / "guide.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 20)
    pdf.drawString(72, 780, "售后服务指南")
    pdf.setFont("STSong-Light", 15)
    pdf.drawString(72, 740, "退货流程")
    pdf.setFont("STSong-Light", 11)
    pdf.drawString(72, 700, "收到商品七日内可申请退货，请保留原包装。")
    pdf.showPage()
    pdf.setFont("STSong-Light", 11)
    pdf.drawString(72, 780, "退款将在三个工作日内原路返回。")
    pdf.setFont("STSong-Light", 15)
    pdf.drawString(72, 740, "换货流程")
    pdf.setFont("STSong-Light", 11)
    pdf.drawString(72, 700, "换货请联系客服预约上门取件。")
    pdf.showPage()
    pdf.save()

    table = _read(path)
    assert table.frame.select("text", "kind", "heading_path", "page").rows() == [
        ("售后服务指南", "heading", "售后服务指南", "1"),
        ("退货流程", "heading", "售后服务指南 > 退货流程", "1"),
        ("收到商品七日内可申请退货，请保留原包装。", "paragraph", "售后服务指南 > 退货流程", "1"),
        ("退款将在三个工作日内原路返回。", "paragraph", "售后服务指南 > 退货流程", "2"),
        ("换货流程", "heading", "售后服务指南 > 换货流程", "2"),
        ("换货请联系客服预约上门取件。", "paragraph", "售后服务指南 > 换货流程", "2"),
    ]


def test_html_meta_charset_shift_jis(tmp_path):
    path = tmp_path / "page.html"
    body = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>①番の窓口へお越しください。</p></body></html>"
    path.write_bytes(body.encode("cp932"))
    table = _read(path)
    assert _texts(table) == ["①番の窓口へお越しください。"]
    assert "932" in table.encoding or "SHIFT" in table.encoding.upper()


def test_docx_plain_chapter_line_becomes_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph("第一章 总则")
    document.add_paragraph("第一条 为了规范服务，制定本办法。")
    path = tmp_path / "rules.docx"
    document.save(path)
    table = _read(path)
    assert table.frame.select("kind", "heading_path").rows() == [
        ("heading", "第一章 总则"),
        ("paragraph", "第一章 总则 > 第一条"),
    ]


def test_pdf_text_inside_form_xobject(tmp_path):
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.beginForm("body")
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 700, "表单对象里的正文。")
    pdf.endForm()
    pdf.doForm("body")
    pdf.showPage()
    pdf.save()
    assert _texts(_read(path)) == ["表单对象里的正文。"]


def test_pdf_mostly_image_page_warned(tmp_path):
    from PIL import Image

    picture = Image.new("RGB", (300, 400), (250, 250, 250))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    path = tmp_path / "stamped.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(buffer), 0, 0, width=595, height=800)
    pdf.setFont("STSong-Light", 10)
    pdf.drawString(72, 820, "扫描件")
    pdf.showPage()
    pdf.save()

    table = _read(path)
    assert _texts(table) == ["扫描件"]
    assert [problem.code for problem in table.problems] == ["pdf_page_mostly_image"]
    assert "page 1" in table.problems[0].message
