"""Landing files to Unicode: gzip with a size cap, then the declared charset, else UTF-8, else detection."""

import codecs
import gzip
import re
from pathlib import Path

from charset_normalizer import from_bytes

from pipelines.cleaning.errors import RejectedPage

MAX_PAGE_BYTES = 20 * 1024 * 1024  # far above any real article page; bigger is a dump or an attack
_SNIFF_BYTES = 4096
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BINARY_SIGNATURES = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
_READ_CHUNK = 1 << 20
_ASCII = bytes(range(128))


def read_landing_bytes(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """The page's bytes, un-gzipped for .gz files; refuses more than `max_bytes` without reading it all."""
    opener = gzip.open if path.name.endswith(".gz") else open
    data = bytearray()
    try:
        with opener(path, "rb") as stream:
            while chunk := stream.read(_READ_CHUNK):
                data += chunk
                if len(data) > max_bytes:
                    raise RejectedPage("too_large", f"more than {max_bytes} bytes (after decompression)")
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise RejectedPage("unreadable_file", f"{type(error).__name__}: {error}") from error
    return bytes(data)


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, charset). Rejects empty and binary files; bad bytes in an otherwise good page become U+FFFD."""
    if not data.strip():
        raise RejectedPage("empty_file", "no content or only whitespace")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:_SNIFF_BYTES]:
        raise RejectedPage("not_html", "binary content (a PDF, image, archive or executable)")
    charset = _bom_charset(data) or _declared_charset(data)
    if charset is None:
        charset = _utf8_or_detected(data)
    return data.decode(charset, errors="replace"), charset


def _bom_charset(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None  # a made-up charset name: fall back to detection
    # Pages declaring Latin-1 are in practice windows-1252, a superset (as browsers treat them).
    return "cp1252" if name in ("latin-1", "iso8859-1") else name


def _utf8_or_detected(data: bytes) -> str:
    # A UTF-8 page with a few stray bytes stays UTF-8: re-guessing it as a legacy charset would garble every accent.
    text = data.decode("utf-8", errors="replace")
    non_ascii = len(data.translate(None, _ASCII))
    if text.count("\ufffd") * 4 <= non_ascii:
        return "utf-8"
    best = from_bytes(data[:65536]).best()
    if best is None:
        raise RejectedPage("not_text", "no character encoding fits the bytes")
    return best.encoding
