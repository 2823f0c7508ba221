"""The distribution version, also sent as the SDK version header."""

__version__ = "0.1.0"
