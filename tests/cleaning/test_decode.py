import gzip

import pytest

from pipelines.cleaning.decode import decode_html, read_landing_bytes
from pipelines.cleaning.errors import RejectedPage

ARABIC = "قتل أربعة أشخاص في بغداد"
JAPANESE = "東京で抗議デモが行われた"
FRENCH = "Les manifestants réunis à Bamako ont été dispersés à l'aube, a précisé la préfecture."


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("text", "charset"),
    [(ARABIC, "windows-1256"), (JAPANESE, "shift_jis"), (FRENCH, "iso-8859-1")],
)
def test_declared_legacy_charset_is_honoured(text, charset):
    data = page(text, f'<meta charset="{charset}">').encode(charset)
    decoded, used = decode_html(data)
    assert text in decoded
    assert used in {"cp1256", "shift_jis", "cp1252"}


@pytest.mark.parametrize(("text", "charset"), [(ARABIC * 8, "windows-1256"), (FRENCH * 4, "latin-1")])
def test_undeclared_legacy_charset_is_detected(text, charset):
    decoded, _ = decode_html(page(text).encode(charset))
    assert text in decoded


def test_stray_invalid_bytes_keep_a_utf8_page_utf8():
    good = page("Des témoins à Gao décrivent une explosion près du marché. " * 5).encode("utf-8")
    damaged = good.replace(b"explosion", b"expl\xff\xfeosion", 1)
    decoded, used = decode_html(damaged)
    assert used == "utf-8"
    assert "témoins à Gao" in decoded
    assert "\ufffd" in decoded


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\xef\xbb\xbf  "])
def test_empty_or_blank_file_is_rejected(data):
    with pytest.raises(RejectedPage) as rejection:
        decode_html(data.strip(b"\xef\xbb\xbf") if data.startswith(b"\xef") else data)
    assert rejection.value.reason == "empty_file"


BINARIES = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", b"\x89PNG\r\n\x1a\n....", b"ab\x00\x00cd" * 10]


@pytest.mark.parametrize("data", BINARIES)
def test_binary_content_named_html_is_rejected(data):
    with pytest.raises(RejectedPage) as rejection:
        decode_html(data)
    assert rejection.value.reason == "not_html"


def test_gzip_bomb_is_refused_without_expanding_it_all(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb") as stream:
        chunk = b"<p>" + b"A" * (1 << 20)
        for _ in range(64):  # 64 MiB of output from a few KB on disk
            stream.write(chunk)
    with pytest.raises(RejectedPage) as rejection:
        read_landing_bytes(bomb, max_bytes=8 << 20)
    assert rejection.value.reason == "too_large"


def test_gzipped_page_is_read_whole(tmp_path):
    path = tmp_path / "page.html.gz"
    html = page("Gunmen attacked a checkpoint near Kano.").encode()
    path.write_bytes(gzip.compress(html))
    assert read_landing_bytes(path) == html


def test_truncated_gzip_is_a_clear_rejection(tmp_path):
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(page("x" * 5000).encode())[:40])
    with pytest.raises(RejectedPage) as rejection:
        read_landing_bytes(path)
    assert rejection.value.reason == "unreadable_file"
