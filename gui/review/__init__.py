"""The Review step of the window: the records of a build, their findings and hand decisions."""

from gui.review.page import ReviewPage

__all__ = ["ReviewPage"]
