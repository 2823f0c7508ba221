"""Everruns SDK (placeholder while the facade lands)."""

from ._version import __version__

__all__ = ["__version__"]
