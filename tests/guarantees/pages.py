"""Good landing days built from the fixture page: each page reports one drone strike (4 killed, 6 wounded)."""

from pathlib import Path

from tests.guarantees.hostile_pages import good_page


def write_good_day(landing: Path, day: str, pages: int = 3) -> list[str]:
    """`pages` distinct good pages (own URL, own closing sentence) in landing/<day>/; returns their file names."""
    folder = landing / day
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for number in range(pages):
        name = f"report_{number}.html"
        (folder / name).write_bytes(good_page(f"https://tigris-daily.example/{day}/{number}", f"desk {number}"))
        names.append(name)
    return names
