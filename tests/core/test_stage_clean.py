"""Tests of the order of the cleaning step in core.stage_clean."""

from __future__ import annotations

import polars as pl

from core.recipe import CleaningSpec
from core.stage_clean import clean_texts


def test_decoded_entity_normalised_again() -> None:
    frame = pl.DataFrame({"key": ["a", "b"], "text": ["&#xFF21;&#xFF22;C order", "plain text"]})
    spec = CleaningSpec(nfkc=True, html_to_text=True)
    outcome = clean_texts(frame, ["text"], spec, reserved=[], key_column="key")
    assert outcome.frame["text"].to_list() == ["ABC order", "plain text"]


def test_decoded_entity_kept_without_nfkc() -> None:
    frame = pl.DataFrame({"key": ["a"], "text": ["&#xFF21;BC"]})
    spec = CleaningSpec(nfkc=False, html_to_text=True)
    outcome = clean_texts(frame, ["text"], spec, reserved=[], key_column="key")
    assert outcome.frame["text"].to_list() == ["ＡBC"]
