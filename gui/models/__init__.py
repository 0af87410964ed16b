"""Qt item models over Polars frames."""

from gui.models.frame_model import FrameTableModel, compute_view

__all__ = ["FrameTableModel", "compute_view"]
