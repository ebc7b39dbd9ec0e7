"""Validation of uploaded group documents: type by name *and* content, and size.

Only office documents, PDF, plain text and common images are accepted. The
extension alone proves nothing, so the first bytes must match the type too
(PDF header, ZIP container for Office/OpenDocument, PNG/JPEG signatures,
valid UTF-8 without NUL bytes for text). The file is served back only as a
download with this module's content type, never as what the browser guesses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ZIP = (b"PK\x03\x04",)


@dataclass(frozen=True)
class FileType:
    content_type: str
    signatures: tuple[bytes, ...] | None  # None: text, checked separately


ALLOWED_TYPES: dict[str, FileType] = {
    "pdf": FileType("application/pdf", (b"%PDF-",)),
    "docx": FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
    "xlsx": FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
    "pptx": FileType("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
    "odt": FileType("application/vnd.oasis.opendocument.text", ZIP),
    "ods": FileType("application/vnd.oasis.opendocument.spreadsheet", ZIP),
    "txt": FileType("text/plain; charset=utf-8", None),
    "png": FileType("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": FileType("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": FileType("image/jpeg", (b"\xff\xd8\xff",)),
}
DEFAULT_MAX_UPLOAD_SIZE = 10 * 1024 * 1024


def max_upload_size() -> int:
    return int(getattr(settings, "MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE))


def allowed_extensions_label() -> str:
    return ", ".join(sorted({e.upper() for e in ALLOWED_TYPES if e != "jpeg"}))


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character may be cut off at the end of the sample.
        return exc.start >= len(head) - 3
    return True


def validate_upload(uploaded) -> FileType:
    """Return the file's type, or raise ValidationError with a message for the person."""
    if uploaded is None:
        raise ValidationError(_("Choose a file to upload."))
    extension = PurePosixPath(uploaded.name or "").suffix.lower().lstrip(".")
    file_type = ALLOWED_TYPES.get(extension)
    if file_type is None:
        raise ValidationError(
            _("This type of file is not allowed. Allowed are: %(types)s.") % {"types": allowed_extensions_label()}
        )
    if uploaded.size == 0:
        raise ValidationError(_("The file is empty."))
    if uploaded.size > max_upload_size():
        raise ValidationError(
            _("The file is too large (%(size)s). The maximum is %(max)s.")
            % {"size": filesizeformat(uploaded.size), "max": filesizeformat(max_upload_size())}
        )
    uploaded.seek(0)
    head = uploaded.read(2048)
    uploaded.seek(0)
    if file_type.signatures is None:
        ok = _looks_like_text(head)
    else:
        ok = any(head.startswith(signature) for signature in file_type.signatures)
    if not ok:
        raise ValidationError(
            _("The content of the file does not match its type (.%(extension)s).") % {"extension": extension}
        )
    return file_type
