"""Tuning Data Studio core: everything the window and the `tunedata` command line do, without Qt."""

__version__ = "0.1.0"
