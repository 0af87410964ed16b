"""Excel .xlsx reading with python-calamine: sheets, value formatting, provenance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from core.errors import InputError
from core.readers import NONTEXT, REJECT, SOURCE_ROW, SourceTable, read_source
from core.recipe import SourceSpec

READERS = Path(__file__).parent.parent / "data" / "readers"


def read(path: Path, **spec: str) -> SourceTable:
    return read_source(SourceSpec(path=str(path), **spec))


def test_demo_first_sheet_values() -> None:
    table = read(READERS / "demo.xlsx")

    assert table.format == "xlsx"
    assert table.sheet == "Sheet1"
    assert table.details["sheets"] == ["Sheet1", "Sheet2"]
    assert table.columns == ["字符串标题", "日期标题", "数字标题"]
    assert table.frame.height == 10
    assert table.frame.row(0, named=True)["日期标题"] == "2020-01-01 01:01:01"
    assert table.frame["数字标题"].to_list()[:3] == ["1", "2", "3"]
    assert table.frame[SOURCE_ROW].to_list()[:2] == [2, 3]
    assert table.frame[REJECT].null_count() == 10
    assert table.frame[NONTEXT].to_list()[0] == []


def test_demo_sheet_selected_by_name() -> None:
    table = read(READERS / "demo.xlsx", sheet="Sheet2")

    assert table.sheet == "Sheet2"
    assert table.frame["字符串标题"][0] == "表2字符串0"


def test_missing_sheet_lists_sheets() -> None:
    with pytest.raises(InputError, match=r"sheet 'Nope' not found; the workbook has the sheets Sheet1, Sheet2"):
        read(READERS / "demo.xlsx", sheet="Nope")


def test_extra_merged_cells_and_empty_sheets() -> None:
    table = read(READERS / "extra.xlsx")

    assert table.details["sheets"] == ["Sheet1", "Sheet2", "Sheet3"]
    assert table.columns == ["第一列", "第二列"]
    assert table.frame["第一列"].to_list() == ["普通超链接", "多单元格超链接A", "多单元格超链接C", "批注", "合并单元格"]
    assert table.frame["第二列"][0] == ""

    with pytest.raises(InputError, match=r"sheet 'Sheet2' is empty"):
        read(READERS / "extra.xlsx", sheet="Sheet2")


def test_value_formatting_and_gaps(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "FAQ"
    sheet.append([None])
    sheet.append(["问题", "日期", "数量", "比例", "是否", None, "时间"])
    sheet.append(["退货", dt.date(2024, 3, 5), 12, 0.25, True, None, dt.datetime(2024, 3, 5, 14, 30, 0)])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["发票", None, 3.0, None, False, "备注", None])
    workbook.save(path)

    table = read(path)

    assert table.columns == ["问题", "日期", "数量", "比例", "是否", "column_6", "时间"]
    assert table.frame.row(0) [:7] == ("退货", "2024-03-05", "12", "0.25", "TRUE", "", "2024-03-05 14:30:00")
    assert table.frame.row(1)[:7] == ("发票", "", "3", "", "FALSE", "备注", "")
    assert table.frame[SOURCE_ROW].to_list() == [3, 5]
    assert [problem.message for problem in table.problems] == [
        "row 2: header of column 6 is ''; named it column_6",
        "row 4: blank row skipped",
    ]


def test_not_a_workbook_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook", encoding="utf-8")

    with pytest.raises(InputError, match="cannot be opened as an Excel workbook"):
        read(path)
