"""Generate seeded customer-support FAQ rows in mixed Chinese and English.

Used for the bundled sample (`resources/samples/faq_sample.csv`) and for the
1,000,000-row benchmark file. The text is made up from templates for a fictional shop;
it contains no real person's data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import polars as pl

PRODUCTS_ZH = ["无线耳机", "智能手表", "电饭煲", "空气净化器", "扫地机器人", "蓝牙音箱", "电动牙刷", "咖啡机"]
PRODUCTS_EN = ["wireless earbuds", "smart watch", "rice cooker", "air purifier", "robot vacuum",
               "Bluetooth speaker", "electric toothbrush", "coffee maker"]
TOPICS = [
    ("怎么申请{p}的退货？", "您好，{p}在签收后7天内可以无理由退货。请在“我的订单”中点击“申请退货”，填写原因后等待审核，审核通过后按页面提示寄回即可。"),
    ("{p}的保修期是多久？", "{p}自签收之日起提供一年保修。保修期内出现非人为损坏的质量问题，可以免费维修或更换。请保留好发票或订单截图。"),
    ("{p}无法开机怎么办？", "请先将{p}充电至少30分钟，然后长按电源键10秒重启。如果仍然无法开机，请联系在线客服并提供订单号，我们会安排检测。"),
    ("{p}可以开发票吗？", "可以。下单后在订单详情页点击“申请发票”，选择电子普通发票或增值税专用发票，发票会在3个工作日内发送到您的邮箱。"),
    ("{p}什么时候发货？", "现货商品在付款后24小时内发货，预售商品以页面标注的发货时间为准。发货后您会收到含物流单号的短信通知。"),
]
TOPICS_EN = [
    ("How do I return my {p}?", "You can return the {p} within 7 days of delivery. Open 'My orders', choose 'Request a return', "
     "give a reason and wait for approval, then send it back as the page describes."),
    ("What is the warranty on the {p}?", "The {p} has a one-year warranty from the delivery date. Faults not caused by "
     "misuse are repaired or replaced free of charge; keep your invoice or order screenshot."),
    ("My {p} will not turn on. What should I do?", "Charge the {p} for at least 30 minutes, then hold the power button "
     "for 10 seconds to restart it. If it still does not start, contact support with your order number."),
    ("Can I get an invoice for the {p}?", "Yes. After ordering, open the order details, choose 'Request invoice' and "
     "pick the invoice type; it is e-mailed to you within 3 working days."),
]
FILLER_ZH = "另外，如有其他问题，欢迎随时联系我们的客服团队，我们会尽快为您处理。"
FILLER_EN = " If anything else comes up, our support team is happy to help at any time."


def generate(rows: int, seed: int) -> pl.DataFrame:
    """Return `rows` FAQ rows with columns category, question, answer.

    About 60% of rows are Chinese and 40% English. Answers get a random number of filler
    sentences so that lengths vary, and about 2% of rows repeat an earlier question and
    answer exactly, as exports from help desks do.
    """
    rng = np.random.default_rng(seed)
    chinese = rng.random(rows) < 0.6
    product = rng.integers(0, len(PRODUCTS_ZH), rows)
    topic_zh = rng.integers(0, len(TOPICS), rows)
    topic_en = rng.integers(0, len(TOPICS_EN), rows)
    filler = rng.integers(0, 6, rows)
    serial = np.arange(rows)

    frame = pl.DataFrame({
        "chinese": chinese, "product": product, "topic_zh": topic_zh, "topic_en": topic_en,
        "filler": filler, "serial": serial,
    })
    zh_q = pl.lit(None, dtype=pl.String)
    zh_a = pl.lit(None, dtype=pl.String)
    en_q = pl.lit(None, dtype=pl.String)
    en_a = pl.lit(None, dtype=pl.String)
    for t, (question, answer) in enumerate(TOPICS):
        for p, name in enumerate(PRODUCTS_ZH):
            hit = (pl.col("topic_zh") == t) & (pl.col("product") == p)
            zh_q = pl.when(hit).then(pl.lit(question.format(p=name))).otherwise(zh_q)
            zh_a = pl.when(hit).then(pl.lit(answer.format(p=name))).otherwise(zh_a)
    for t, (question, answer) in enumerate(TOPICS_EN):
        for p, name in enumerate(PRODUCTS_EN):
            hit = (pl.col("topic_en") == t) & (pl.col("product") == p)
            en_q = pl.when(hit).then(pl.lit(question.format(p=name))).otherwise(en_q)
            en_a = pl.when(hit).then(pl.lit(answer.format(p=name))).otherwise(en_a)

    order_no = pl.format("（订单尾号 {}）", (pl.col("serial") * 7919 % 100000).cast(pl.String).str.zfill(5))
    order_en = pl.format(" (order ending {})", (pl.col("serial") * 7919 % 100000).cast(pl.String).str.zfill(5))
    frame = frame.with_columns(
        pl.when(pl.col("chinese")).then(pl.concat_str(zh_q, order_no)).otherwise(pl.concat_str(en_q, order_en)).alias("question"),
        pl.when(pl.col("chinese"))
        .then(pl.concat_str(zh_a, pl.lit(FILLER_ZH).repeat_by(pl.col("filler")).list.join("")))
        .otherwise(pl.concat_str(en_a, pl.lit(FILLER_EN).repeat_by(pl.col("filler")).list.join("")))
        .alias("answer"),
        pl.when(pl.col("chinese")).then(pl.lit("售后")).otherwise(pl.lit("after-sales")).alias("category"),
    )
    repeat = rng.random(rows) < 0.02
    earlier = (serial * rng.random(rows)).astype(np.int64)
    source_index = np.where(repeat, earlier, serial)
    return frame.select("category", "question", "answer")[source_index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--rows", type=int, default=1_000_000, help="number of data rows (default: 1,000,000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    parser.add_argument("--bom", action="store_true", help="start the file with a UTF-8 BOM, as Excel's 'CSV UTF-8' does")
    args = parser.parse_args(argv)
    frame = generate(args.rows, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    frame.write_csv(args.out, quote_style="necessary")
    if args.bom:
        data = args.out.read_bytes()
        args.out.write_bytes(b"\xef\xbb\xbf" + data)
    print(f"wrote {frame.height} rows, {args.out.stat().st_size:,} bytes to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
