"""A landing day of broken and hostile pages mixed with good ones, generated on the fly (nothing big is committed)."""

import gzip
import random
from dataclasses import dataclass
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "baghdad_drone_strike.html"
SECRET = "TOP-SECRET-9f1c2e7a-local-file-contents"  # what the XXE page points at: must never reach the warehouse
GZIP_BOMB_BYTES = 4 * 1024**3  # what the .html.gz would expand to
BIG_PAGE_BYTES = 100 * 1024**2
_ARABIC = ("<p>بغداد، العراق: قتل أربعة من عناصر فصيل مسلح وأصيب ستة آخرون في غارة بطائرة مسيرة على مقر في شرق "
           "بغداد، بحسب مصادر في الشرطة والمستشفى.</p><p>وقال شهود إن الطائرة أطلقت صاروخين على سيارة متوقفة داخل "
           "المجمع.</p><p>ودانت القوات المسلحة العراقية الهجوم واعتبرته اعتداء على جهة أمنية رسمية.</p>")
_JAPANESE = ("<p>バグダッド東部の民兵組織の本部に無人機による攻撃があり、戦闘員四人が死亡し六人が負傷したと警察と"
             "病院の関係者が明らかにした。</p><p>目撃者によると、無人機は敷地内に止めてあった車両に向けてミサイル"
             "二発を発射した。</p><p>イラク軍はこの攻撃を国家の治安機関に対する攻撃だとして非難した。</p>")
_FRENCH = ("<p>Bagdad, Irak : une frappe de drone contre le quartier général d'une milice à l'est de la capitale a tué "
           "quatre combattants et blessé six autres, selon des sources policières et hospitalières.</p><p>Des témoins "
           "ont déclaré que le drone avait tiré deux missiles sur un véhicule garé dans l'enceinte.</p><p>L'armée "
           "irakienne a condamné une attaque contre un organe de sécurité de l'État.</p>")
# A phrase of each legacy page that survives only if its bytes were decoded with the right charset.
DECODED_PHRASES = {
    "arabic_declared.html": "بطائرة مسيرة", "arabic_undeclared.html": "بطائرة مسيرة",
    "japanese_declared.html": "無人機による攻撃", "japanese_undeclared.html": "無人機による攻撃",
    "latin1_declared.html": "armée irakienne a condamné", "latin1_undeclared.html": "armée irakienne a condamné",
}  # fmt: skip


@dataclass(frozen=True)
class HostileDay:
    folder: Path
    good: list[str]  # files whose events must load
    secret_file: Path


def good_page(url: str, variant: str) -> bytes:
    """The fixture page under another URL, with one sentence of its own so it is not a duplicate by text."""
    html = FIXTURE.read_text(encoding="utf-8")
    html = html.replace("https://tigris-daily.example/2024/01/04/baghdad-drone-strike/", url)
    html = html.replace("<p>This news has been read 412 times!</p>\n</article>",
                        f"<p>The {variant} desk filed this report from the capital.</p>\n</article>")
    return html.encode("utf-8")


def _legacy_page(body: str, title: str, encoding: str, declare: bool) -> bytes:
    meta = f'<meta charset="{encoding}">' if declare else ""
    return f"<html><head>{meta}<title>{title}</title></head><body><article>{body}</article></body></html>".encode(
        encoding)


def _gzip_bomb(path: Path, expanded: int) -> None:
    """A .gz of `expanded` bytes that is a few MB: one compressed megabyte written as many gzip members."""
    member = gzip.compress(b"<p>" + b"a" * (1024 * 1024 - 3), compresslevel=9)
    with open(path, "wb") as stream:
        stream.write(gzip.compress(b"<html><body>"))
        for _ in range(expanded // (1024 * 1024)):
            stream.write(member)


def _big_page(path: Path, size: int) -> None:
    paragraph = b"<p>Nothing happened in this paragraph, which repeats to make the page enormous.</p>\n"
    with open(path, "wb") as stream:
        stream.write(b"<html><body><article>")
        for _ in range(size // len(paragraph)):
            stream.write(paragraph)
        stream.write(b"</article></body></html>")


def write_hostile_day(folder: Path, secret_dir: Path) -> HostileDay:
    """Every hostile file of the guarantees, plus good pages, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    secret_dir.mkdir(parents=True, exist_ok=True)
    secret_file = secret_dir / "secret.txt"
    secret_file.write_text(SECRET)
    rng = random.Random(4)
    fixture = FIXTURE.read_bytes()
    pages: dict[str, bytes] = {
        "good_a.html": good_page("https://tigris-daily.example/a", "morning"),
        "good_b.html": good_page("https://tigris-daily.example/b", "evening"),
        "good_c.html.gz": gzip.compress(good_page("https://tigris-daily.example/c", "weekend")),
        "good_a_same_url_again.html": good_page("https://tigris-daily.example/a", "night"),
        "good_a_same_text_elsewhere.html": good_page("https://mirror.example/a", "morning"),
        "empty.html": b"",
        "whitespace.html": b" \n\t\r\n   \n",
        "random_bytes.html": rng.randbytes(50_000),
        "document.pdf.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
                             + rng.randbytes(5000),
        "truncated.html": fixture[: len(fixture) * 2 // 3],
        "no_article.html": b"<html><head><title>Index</title></head><body><nav><a href='/'>Home</a> "
                           b"<a href='/world'>World</a></nav><footer>(c) 2024</footer></body></html>",
        "xxe.html": (
            f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY secret SYSTEM "file://{secret_file}">]>\n'
            f"<html><head><title>Leak &secret;</title></head><body><article><p>&secret;</p>"
            f"<p>{'Nothing of note happened in the town square today, residents said. ' * 4}&secret;</p>"
            f"</article></body></html>"
        ).encode(),
        "nested.html": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
        "only_script.html": b"<html><head><script>" + b"var x = 1;\n" * 5000 + b"</script></head><body>"
                            b"<script>document.write('hello')</script></body></html>",
        "arabic_declared.html": _legacy_page(_ARABIC, "غارة في بغداد", "windows-1256", True),
        "arabic_undeclared.html": _legacy_page(_ARABIC, "غارة في بغداد", "windows-1256", False),
        "japanese_declared.html": _legacy_page(_JAPANESE, "バグダッドで無人機攻撃", "shift_jis", True),
        "japanese_undeclared.html": _legacy_page(_JAPANESE, "バグダッドで無人機攻撃", "shift_jis", False),
        "latin1_declared.html": _legacy_page(_FRENCH, "Frappe à Bagdad", "latin-1", True),
        "latin1_undeclared.html": _legacy_page(_FRENCH, "Frappe à Bagdad", "latin-1", False),
        "bad_utf8.html": good_page("https://tigris-daily.example/bad-bytes", "overnight").replace(
            b"Witnesses said", b"Witnesses \xff\xfe\xc3 said"),
        "future_date.html": good_page("https://tigris-daily.example/future", "future").replace(
            b"2024-01-04T16:20:00+03:00", b"2031-06-01T10:00:00+00:00"),
        "absurd_count.html": good_page("https://tigris-daily.example/absurd", "absurd").replace(
            b"killed four fighters", b"killed 1,000,000,000 fighters"),
        "sql_title.html": good_page("https://tigris-daily.example/sql", "sql").replace(
            b"<title>Drone strike", b"<title>'); DROP TABLE events; -- Drone strike").replace(
            b"<h1>Drone strike", b"<h1>'); DROP TABLE events; -- Drone strike"),
    }
    for name, data in pages.items():
        (folder / name).write_bytes(data)
    _gzip_bomb(folder / "bomb.html.gz", GZIP_BOMB_BYTES)
    _big_page(folder / "huge.html", BIG_PAGE_BYTES)
    good = ["good_a.html", "good_b.html", "good_c.html.gz", "bad_utf8.html", "sql_title.html", "future_date.html",
            "truncated.html"]
    return HostileDay(folder=folder, good=good, secret_file=secret_file)
