"""Measure near-duplicate precision and recall on generated text, and time one large run.

The quality set contains generated support messages in Chinese, Japanese and English
(several sentences each). A share of them get injected near-duplicates: one or two
character or word edits, punctuation and width changes, reordered sentences, or a mix.
Precision and recall are counted over pairs of records in the same cluster, per
language. Injected pairs whose true Jaccard similarity is below the threshold are
counted as well, because MinHash cannot be expected to find those.

The timing run calls `near_duplicates` once on N short records (a ticket number and one
or two sentences, 10% near-duplicates) and prints wall time, peak memory and the load average.

Usage: python benchmarks/neardup_quality.py [--base 2000] [--records 1000000] [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.neardup import _prepare, _shingle_hashes, near_duplicates  # noqa: E402

ZH_SUBJECTS = ["我的订单", "这个快递", "上周买的耳机", "新买的手机壳", "退款申请", "会员积分", "发票", "优惠券",
               "购物车里的商品", "那台空气净化器", "儿童座椅", "保温杯", "蓝牙音箱", "运动鞋", "电饭煲", "床上四件套"]
ZH_PROBLEMS = ["一直没有发货", "显示已签收但我没收到", "颜色和图片不一样", "尺寸偏小穿不上", "用了两天就坏了",
               "到现在还没到账", "无法正常使用", "包装破损严重", "少发了一件配件", "地址填错了需要修改",
               "说明书是英文的看不懂", "充电时发热很厉害", "客服电话一直打不通", "价格比活动页面贵"]
ZH_ASKS = ["请尽快帮我处理", "能不能换一个新的", "我想申请退货退款", "麻烦查一下物流信息", "请告诉我需要提供什么材料",
           "可以补发吗", "希望给个说法", "什么时候能解决", "运费由谁承担", "能否延长保修期"]
ZH_TIMES = ["昨天", "前天晚上", "上周五", "三天前", "今天早上", "上个月底", "周末", "半个月前"]

JA_SUBJECTS = ["注文した商品", "先週届いたイヤホン", "新しいスマホケース", "返金の申請", "ポイント", "領収書", "クーポン",
               "空気清浄機", "チャイルドシート", "水筒", "スピーカー", "ランニングシューズ", "炊飯器", "布団カバー"]
JA_PROBLEMS = ["まだ発送されていません", "配達済みになっていますが届いていません", "写真と色が違います",
               "サイズが小さくて使えません", "二日で壊れてしまいました", "まだ返金されていません", "正常に動きません",
               "箱がひどく破損していました", "付属品が一つ足りません", "住所を間違えて入力しました",
               "充電中にとても熱くなります", "電話がつながりません"]
JA_ASKS = ["早急に対応をお願いします", "新しいものと交換できますか", "返品と返金を希望します", "配送状況を確認してください",
           "必要な書類を教えてください", "再送は可能でしょうか", "いつ解決しますか", "送料はどちらの負担になりますか"]
JA_TIMES = ["昨日", "一昨日の夜", "先週の金曜日", "三日前", "今朝", "先月末", "週末", "二週間前"]

EN_SUBJECTS = ["my order", "the parcel", "the headphones I bought last week", "the new phone case", "my refund request",
               "my loyalty points", "the invoice", "the discount code", "the air purifier", "the child seat",
               "the water bottle", "the speaker", "the running shoes", "the rice cooker", "the duvet cover"]
EN_PROBLEMS = ["has not shipped yet", "shows as delivered but never arrived", "is a different colour from the photo",
               "is too small to wear", "stopped working after two days", "has still not been paid back",
               "does not work properly", "came in a badly damaged box", "is missing one accessory",
               "was sent to the wrong address", "gets very hot while charging", "costs more than the sale page said"]
EN_ASKS = ["please sort this out quickly", "can you send a replacement", "I would like to return it for a refund",
           "please check the tracking information", "tell me which documents you need", "can you resend it",
           "when will this be fixed", "who pays for the return shipping", "could you extend the warranty"]
EN_TIMES = ["yesterday", "on Friday night", "last Friday", "three days ago", "this morning", "at the end of last month",
            "over the weekend", "two weeks ago"]


def sentence(language: str, rng: random.Random) -> str:
    number = rng.randint(2, 99)
    if language == "zh":
        return rng.choice([
            f"{rng.choice(ZH_TIMES)}{rng.choice(ZH_SUBJECTS)}{rng.choice(ZH_PROBLEMS)}，{rng.choice(ZH_ASKS)}。",
            f"订单{rng.randint(1000, 9999)}里的{rng.choice(ZH_SUBJECTS)}{rng.choice(ZH_PROBLEMS)}，已经等了{number}天。",
            f"{rng.choice(ZH_ASKS)}，我{rng.choice(ZH_TIMES)}已经联系过{number}次了！",
        ])
    if language == "ja":
        return rng.choice([
            f"{rng.choice(JA_TIMES)}、{rng.choice(JA_SUBJECTS)}が{rng.choice(JA_PROBLEMS)}。{rng.choice(JA_ASKS)}。",
            f"注文番号{rng.randint(1000, 9999)}の{rng.choice(JA_SUBJECTS)}ですが、{number}日待っても{rng.choice(JA_PROBLEMS)}。",
            f"{rng.choice(JA_TIMES)}から{number}回問い合わせています。{rng.choice(JA_ASKS)}。",
        ])
    return rng.choice([
        f"{rng.choice(EN_TIMES).capitalize()} I noticed that {rng.choice(EN_SUBJECTS)} {rng.choice(EN_PROBLEMS)}, so {rng.choice(EN_ASKS)}.",
        f"Order {rng.randint(1000, 9999)}: {rng.choice(EN_SUBJECTS)} {rng.choice(EN_PROBLEMS)} and I have waited {number} days.",
        f"I have contacted you {number} times since {rng.choice(EN_TIMES)}, {rng.choice(EN_ASKS)}!",
    ])


def message(language: str, rng: random.Random, sentences: tuple[int, int]) -> str:
    parts = [sentence(language, rng) for _ in range(rng.randint(*sentences))]
    return (" " if language == "en" else "").join(parts)


HAN_FILLERS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
JA_FILLERS = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
CJK_PUNCT = {"，": ",", "。": ".", "！": "!", "？": "?", "、": ","}


def edit_characters(text: str, language: str, rng: random.Random, count: int) -> str:
    chars = list(text)
    for _ in range(count):
        if language == "en":
            words = "".join(chars).split(" ")
            index = rng.randrange(len(words))
            word = words[index]
            if len(word) > 3:
                position = rng.randrange(1, len(word) - 1)
                word = word[:position] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[position + 1:]
            words[index] = word
            chars = list(" ".join(words))
            continue
        letters = [i for i, char in enumerate(chars) if char not in CJK_PUNCT]
        position = rng.choice(letters)
        pool = HAN_FILLERS if language == "zh" else JA_FILLERS
        action = rng.choice(["replace", "delete", "insert"])
        if action == "replace":
            chars[position] = rng.choice(pool)
        elif action == "delete":
            del chars[position]
        else:
            chars.insert(position, rng.choice(pool))
    return "".join(chars)


def change_punctuation_and_width(text: str, language: str, rng: random.Random) -> str:
    if language == "en":
        text = text.replace(", ", " , ") if rng.random() < 0.5 else text.replace(",", "")
        text = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
        return text.upper() if rng.random() < 0.5 else text.replace(".", "!")
    text = "".join(CJK_PUNCT.get(char, char) if rng.random() < 0.7 else char for char in text)
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def reorder_sentences(text: str, language: str, rng: random.Random) -> str:
    ends = "。！？" if language != "en" else ".!?"
    parts, current = [], ""
    for char in text:
        current += char
        if char in ends:
            parts.append(current.strip())
            current = ""
    if current.strip():
        parts.append(current.strip())
    original = list(parts)
    while len(parts) > 1 and parts == original:
        rng.shuffle(parts)
    return (" " if language == "en" else "").join(parts)


def variant(text: str, language: str, rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["edit", "punctuation", "reorder", "mixed"])
    if kind == "edit":
        return edit_characters(text, language, rng, rng.randint(1, 2)), kind
    if kind == "punctuation":
        return change_punctuation_and_width(text, language, rng), kind
    if kind == "reorder":
        return reorder_sentences(text, language, rng), kind
    mixed = change_punctuation_and_width(edit_characters(text, language, rng, 1), language, rng)
    return mixed, kind


def quality_set(base: int, seed: int) -> pl.DataFrame:
    rng = random.Random(seed)
    rows = []
    for language in ("zh", "ja", "en"):
        for index in range(base):
            text = message(language, rng, (3, 5))
            origin = f"{language}-{index}"
            rows.append({"language": language, "origin": origin, "kind": "original", "text": text})
            if rng.random() < 0.3:
                for _ in range(rng.randint(1, 2)):
                    changed, kind = variant(text, language, rng)
                    rows.append({"language": language, "origin": origin, "kind": kind, "text": changed})
    frame = pl.DataFrame(rows).with_row_index("id")
    return frame


def same_cluster_pairs(ids: pl.Series, labels: pl.Series) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    frame = pl.DataFrame({"id": ids, "label": labels}).group_by("label").agg("id")
    for members in frame["id"].to_list():
        pairs.update(itertools.combinations(sorted(members), 2))
    return pairs


def true_jaccard(frame: pl.DataFrame) -> dict[int, set[int]]:
    prepared = _prepare(frame, "text")
    rows, hashes = _shingle_hashes(prepared["whole"], prepared["is_cjk"].to_numpy())
    grouped = pl.DataFrame({"row": rows, "hash": hashes}).group_by("row").agg("hash")
    return {row: set(values) for row, values in grouped.iter_rows()}


def run_quality(base: int, threshold: float, seed: int) -> None:
    frame = quality_set(base, seed)
    started = time.perf_counter()
    found = near_duplicates(frame, "text", "id", threshold=threshold)
    elapsed = time.perf_counter() - started
    labels = frame.select("id").join(found.select("id", "cluster"), on="id", how="left")
    predicted_label = labels.select(pl.coalesce(pl.col("cluster").cast(pl.String), pl.format("alone{}", pl.col("id"))))
    shingle_sets = true_jaccard(frame)

    print(f"quality set: {frame.height} records ({base} originals per language), threshold {threshold}, {elapsed:.1f} s")
    print("| language | records | injected pairs | below threshold (true Jaccard) | precision | recall | recall of pairs ≥ threshold |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for language in ("zh", "ja", "en"):
        part = frame.with_columns(predicted_label.to_series().alias("predicted")).filter(pl.col("language") == language)
        truth = same_cluster_pairs(part["id"], part["origin"])
        predicted = same_cluster_pairs(part["id"], part["predicted"])
        hits = truth & predicted
        below = {
            (a, b) for a, b in truth
            if len(shingle_sets[a] & shingle_sets[b]) / len(shingle_sets[a] | shingle_sets[b]) < threshold
        }
        reachable = truth - below
        precision = len(hits) / len(predicted) if predicted else 1.0
        recall = len(hits) / len(truth) if truth else 1.0
        reachable_recall = len(hits & reachable) / len(reachable) if reachable else 1.0
        print(f"| {language} | {part.height} | {len(truth)} | {len(below)} | {precision:.3f} | {recall:.3f} | {reachable_recall:.3f} |")
    by_kind = frame.filter(pl.col("kind") != "original").join(found.select("id", "duplicate_of"), on="id", how="left")
    print("found per kind of change:", dict(
        by_kind.group_by("kind").agg(pl.col("duplicate_of").is_not_null().mean().round(3)).sort("kind").iter_rows()
    ))


def run_timing(records: int, threshold: float, seed: int) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    texts = []
    languages = ("zh", "ja", "en")
    for _ in range(records):
        if texts and rng.random() < 0.1:
            source = texts[rng.randrange(len(texts))]
            if source.isascii():
                language = "en"
            elif any("\u3040" <= char <= "\u30ff" for char in source):
                language = "ja"
            else:
                language = "zh"
            texts.append(variant(source, language, rng)[0])
        else:
            # A ticket number keeps the generated messages from being exact copies.
            texts.append(f"#{rng.randrange(10**6):06d} " + message(rng.choice(languages), rng, (1, 2)))
    frame = pl.DataFrame({"id": pl.int_range(0, records, eager=True), "text": texts})
    generated = time.perf_counter() - started
    load_before = os.getloadavg()
    started = time.perf_counter()
    found = near_duplicates(frame, "text", "id", threshold=threshold)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"timing: {records} records (mean {frame['text'].str.len_chars().mean():.0f} characters, generated in "
        f"{generated:.0f} s): near_duplicates {elapsed:.1f} s, {found.height} records in "
        f"{found['cluster'].n_unique()} clusters, peak RSS {peak:.0f} MiB, load average before "
        f"{load_before[0]:.2f} after {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=2000, help="original messages per language in the quality set")
    parser.add_argument("--records", type=int, default=1_000_000, help="records in the timing run; 0 skips it")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    run_quality(arguments.base, arguments.threshold, arguments.seed)
    if arguments.records:
        run_timing(arguments.records, arguments.threshold, arguments.seed)


if __name__ == "__main__":
    main()
