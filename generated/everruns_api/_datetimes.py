"""Reading RFC 3339 timestamps on every supported Python.

Copied into the generated package by scripts/generate.py. Python 3.11's
``datetime.fromisoformat`` reads every form the API sends (``Z``, any number of
fraction digits); Python 3.10's does not, so there python-dateutil reads what the
standard library refuses.
"""

import datetime
import sys

if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:  # pragma: no cover (Python 3.10)

    def parse_datetime(text: str) -> datetime.datetime:
        """``text`` as a datetime: the standard library's parser, else python-dateutil's."""
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            from dateutil.parser import isoparse

            return isoparse(text)
