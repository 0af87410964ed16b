"""FrameTableModel: cells read on demand, chunked fetching, sort and filter through an index."""

from __future__ import annotations

import polars as pl
import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.models import FrameTableModel, compute_view
from gui.models.frame_model import MAX_TOOLTIP_CHARS


@pytest.fixture
def frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [1, 2, 3, 4, 5],
            "name": ["delta", "alpha", None, "charlie", "bravo"],
            "tags": [["x", "y"], [], None, ["z"], ["y"]],
            "score": [0.5, 2.0, 1.0, None, 3.5],
            "text": ["short", "a" * 500, "line one\nline two", "", "客服回复"],
        },
        schema_overrides={"id": pl.Int64},
    )


def _column_texts(model: FrameTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_model_passes_modeltester(qtmodeltester, frame):
    model = FrameTableModel(frame, chunk_size=2)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_modeltester_sorted(qtmodeltester, frame):
    model = FrameTableModel(frame, chunk_size=2)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_modeltester_filtered(qtmodeltester, frame):
    model = FrameTableModel(frame, chunk_size=2)
    model.set_filter(pl.col("id") > 2)
    model.sort(3)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_modeltester_empty(qtmodeltester):
    model = FrameTableModel(pl.DataFrame({"id": []}, schema={"id": pl.Int64}))
    qtmodeltester.check(model, force_py=True)


def test_model_fetches_rows_in_chunks(frame):
    model = FrameTableModel(frame, chunk_size=2)

    assert model.rowCount() == 2
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert not model.canFetchMore(QModelIndex())
    assert model.total_rows == 5


def test_model_chunks_grow_with_loaded_rows():
    model = FrameTableModel(pl.DataFrame({"n": range(100)}), chunk_size=10)

    fetched = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetched.append(model.rowCount())

    assert fetched == [10, 20, 40, 80, 100]


def test_model_shows_lists_joined_and_null_empty(frame):
    model = FrameTableModel(frame)

    assert _column_texts(model, 2) == ["x, y", "", "", "z", "y"]
    assert model.data(model.index(2, 1)) == ""
    assert model.data(model.index(0, 2), Qt.ItemDataRole.UserRole) == ["x", "y"]


def test_model_cuts_long_text_with_full_tooltip(frame):
    model = FrameTableModel(frame, max_cell_chars=20)

    shown = model.data(model.index(1, 4))
    tooltip = model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)

    assert shown == "a" * 19 + "…"
    assert "a" * 500 in tooltip
    assert model.data(model.index(2, 4)) == "line one ⏎ line two"
    assert model.data(model.index(4, 4)) == "客服回复"


def test_model_tooltip_stops_at_limit():
    model = FrameTableModel(pl.DataFrame({"text": ["b" * (MAX_TOOLTIP_CHARS + 50)]}))

    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)

    assert "b" * MAX_TOOLTIP_CHARS + "…" in tooltip
    assert "b" * (MAX_TOOLTIP_CHARS + 1) not in tooltip


def test_model_aligns_numbers_right(frame):
    model = FrameTableModel(frame)

    alignment = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)

    assert alignment & Qt.AlignmentFlag.AlignRight


def test_model_sort_uses_index_not_frame(frame):
    model = FrameTableModel(frame)

    model.sort(1, Qt.SortOrder.AscendingOrder)

    assert _column_texts(model, 1) == ["alpha", "bravo", "charlie", "delta", ""]
    assert model.frame["name"].to_list() == frame["name"].to_list()
    assert model.view_rows().to_list() == [1, 4, 3, 0, 2]


def test_model_sort_descending_keeps_nulls_last(frame):
    model = FrameTableModel(frame)

    model.sort(3, Qt.SortOrder.DescendingOrder)

    assert _column_texts(model, 0) == ["5", "2", "3", "1", "4"]


def test_model_sort_list_column_by_joined_text(frame):
    model = FrameTableModel(frame)

    model.sort(2)

    assert _column_texts(model, 0) == ["2", "1", "5", "4", "3"]


def test_model_filter_then_sort(frame):
    model = FrameTableModel(frame)

    model.set_filter(pl.col("score") >= 1.0)
    model.sort(0, Qt.SortOrder.DescendingOrder)

    assert _column_texts(model, 0) == ["5", "3", "2"]
    assert model.frame_row(0) == 4


def test_model_filter_hides_null_results(frame):
    model = FrameTableModel(frame)

    model.set_filter(pl.col("name").str.starts_with("c"))

    assert _column_texts(model, 0) == ["4"]


def test_model_filter_cleared_restores_frame_order(frame):
    model = FrameTableModel(frame)
    model.set_filter(pl.col("id") == 2)

    model.set_filter(None)

    assert _column_texts(model, 0) == ["1", "2", "3", "4", "5"]


def test_model_column_subset_and_headers(frame):
    model = FrameTableModel(frame, columns=["text", "id"], headers={"id": "Record"})

    assert model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "text"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Record"
    assert model.data(model.index(0, 1)) == "1"


def test_model_rejects_unknown_column(frame):
    with pytest.raises(KeyError, match="nope"):
        FrameTableModel(frame, columns=["id", "nope"])


def test_compute_view_identity_is_none(frame):
    assert compute_view(frame) is None


def test_compute_view_filter_keeps_frame_order(frame):
    rows = compute_view(frame, pl.col("tags").list.contains("y"))

    assert rows.to_list() == [0, 4]
    assert rows.dtype == pl.UInt32


def test_model_view_position_after_sort(frame):
    model = FrameTableModel(frame)
    model.sort(1, Qt.SortOrder.AscendingOrder)

    assert model.view_position(0) == 3
    assert model.view_position(2) == 4


def test_model_view_position_hidden_row(frame):
    model = FrameTableModel(frame)
    model.set_filter(pl.col("id") > 3)

    assert model.view_position(0) is None
    assert model.view_position(4) == 1


def test_model_ensure_fetched_reaches_row():
    model = FrameTableModel(pl.DataFrame({"n": range(100)}), chunk_size=10)

    model.ensure_fetched(57)

    assert model.rowCount() == 58
    assert model.data(model.index(57, 0)) == "57"


def test_compute_view_literal_filter_applies_to_all(frame):
    assert compute_view(frame, pl.lit(False)).to_list() == []
    assert compute_view(frame, pl.lit(True)).to_list() == [0, 1, 2, 3, 4]
