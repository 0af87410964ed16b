"""Qt item models over Polars frames."""

from gui.models.frame_model import FrameTableModel, compute_view
from gui.models.records_model import RECORD_COLUMNS, RecordsModel

__all__ = ["RECORD_COLUMNS", "FrameTableModel", "RecordsModel", "compute_view"]
