"""Spreadsheet import of an organisation's values (CSV, XLSX, ODS through tablib).

All or nothing: every cell is checked first, each problem becomes one Dutch message naming its
row and column, and only a file without problems is written (in one transaction, through
``actions.do_set_values``). Files above ``MAX_IMPORT_SIZE`` and workbooks with macros are refused
before they are read.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal, InvalidOperation

import tablib
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from peergroups.benchmarks import actions
from peergroups.models import BenchmarkValueChange

#: A value sheet has at most fifty rows; 2 MB leaves ample room.
MAX_IMPORT_SIZE = 2 * 1024 * 1024
INDICATOR_COLUMNS = ("indicator", "slug")
VALUE_COLUMNS = ("waarde", "value")
MACRO_TYPES = {"application/vnd.ms-excel.sheet.macroenabled.12"}


class ImportRefused(ValidationError):
    """The file as a whole, or some of its cells: ``messages`` says which."""


def _format(name: str) -> str:
    lowered = name.lower()
    for ext in ("csv", "xlsx", "ods"):
        if lowered.endswith("." + ext):
            return ext
    raise ImportRefused(_("Upload a CSV, XLSX or ODS file."))


def read_rows(upload) -> list[dict]:
    """The rows of an uploaded sheet as dicts with lower-cased headers; refuses unsafe files."""
    if upload.size > MAX_IMPORT_SIZE:
        raise ImportRefused(_("The file is larger than %(limit)s MB.") % {"limit": MAX_IMPORT_SIZE // (1024 * 1024)})
    name = upload.name or ""
    if name.lower().endswith(".xlsm") or (getattr(upload, "content_type", "") or "").lower() in MACRO_TYPES:
        raise ImportRefused(_("Workbooks with macros are not accepted. Save the sheet as XLSX without macros."))
    kind = _format(name)
    data = upload.read()
    if kind in ("xlsx", "ods"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if any(n.lower().endswith("vbaproject.bin") for n in archive.namelist()):
                    raise ImportRefused(
                        _("Workbooks with macros are not accepted. Save the sheet as XLSX without macros.")
                    )
        except zipfile.BadZipFile as exc:
            raise ImportRefused(_("The file cannot be read as a spreadsheet.")) from exc
    try:
        if kind == "csv":
            dataset = tablib.Dataset().load(data.decode("utf-8-sig"), format="csv")
        else:
            dataset = tablib.Dataset().load(io.BytesIO(data), format=kind)
    except Exception as exc:  # tablib raises many kinds for a broken file
        raise ImportRefused(_("The file cannot be read as a spreadsheet.")) from exc
    headers = [str(h or "").strip().lower() for h in (dataset.headers or [])]
    return [dict(zip(headers, row, strict=False)) for row in dataset]


def _column(row: dict, names) -> str | None:
    return next((n for n in names if n in row), None)


def parse_values(rows: list[dict], indicators) -> dict:
    """``{indicator: Decimal}`` from the rows, or ``ImportRefused`` with every problem found."""
    if not rows:
        raise ImportRefused(_("The file has no rows."))
    indicator_column, value_column = _column(rows[0], INDICATOR_COLUMNS), _column(rows[0], VALUE_COLUMNS)
    if indicator_column is None or value_column is None:
        raise ImportRefused(_('The file needs the columns "indicator" and "waarde".'))
    by_key = {}
    for indicator in indicators:
        by_key[indicator.slug.lower()] = indicator
        by_key[indicator.name.lower()] = indicator
    errors, values = [], {}
    for number, row in enumerate(rows, start=2):
        key = str(row.get(indicator_column) or "").strip()
        indicator = by_key.get(key.lower())
        if indicator is None:
            errors.append(_("Row %(row)s: unknown indicator “%(name)s”.") % {"row": number, "name": key})
            continue
        raw = row.get(value_column)
        text = str(raw).strip() if raw is not None else ""
        if not text:
            errors.append(
                _("Row %(row)s, %(indicator)s: the value is missing.") % {"row": number, "indicator": indicator.name}
            )
            continue
        try:
            value = Decimal(text.replace(",", ".")) if not isinstance(raw, (int, float)) else Decimal(str(raw))
            if not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            errors.append(
                _("Row %(row)s, %(indicator)s: “%(text)s” is not a number.")
                % {"row": number, "indicator": indicator.name, "text": text[:40]}
            )
            continue
        try:
            actions.validate_value(indicator, value)
        except ValidationError as exc:
            errors.append(_("Row %(row)s: %(problem)s") % {"row": number, "problem": " ".join(exc.messages)})
            continue
        values[indicator] = value
    if errors:
        raise ImportRefused(errors)
    return values


def import_values(actor, participation, upload) -> int:
    """Read, check and store a sheet for one organisation; writes nothing when anything is wrong."""
    rows = read_rows(upload)
    values = parse_values(rows, list(participation.round.indicators.all()))
    return actions.do_set_values(actor, participation, values, source=BenchmarkValueChange.Source.IMPORT)
