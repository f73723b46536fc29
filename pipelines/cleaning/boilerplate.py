"""Line filters for the site furniture trafilatura can leave in: counters, share prompts, ad-blocker notices."""

import re
from collections.abc import Iterator

# Only short lines are candidates: a sentence of the story that merely mentions a share or a cookie is kept.
_MAX_BOILERPLATE_CHARS = 160

_BOILERPLATE_LINE = re.compile(
    r"""^(?:
        this\s(?:news|article|story|post|page)\s(?:has\sbeen|was)\s(?:read|viewed|seen)\s[\d,.\s]+times?
      | (?:read|viewed|seen)\s[\d,.\s]+times?
      | (?:views?|reads|hits|page\sviews)\s*:?\s*[\d,.]+k?
      | [\d,.]+k?\s(?:views|reads|hits)
      | ad\s?-?blocker\sdetected | adv?t\.?\sblocker\sdetected | .*\bad\s?-?block(?:er|ing)?\b.*
      | (?:kindly|please)\s(?:disable|turn\soff|whitelist|support\sus\sby\sdisabling).*
      | (?:share|share\sthis(?:\sarticle|\sstory|\spost)?|share\son\s\w+|click\sto\s(?:share|print|email)\b.*
         |tweet(?:\sthis)?|pin\sit|email(?:\sthis(?:\sstory|\sarticle)?)?|print(?:\sthis(?:\sstory|\sarticle)?)?
         |whatsapp|telegram|facebook|twitter|x|linkedin)
      | related\s(?:articles|posts|stories|news|content)
      | (?:you\smay\salso\slike|you\smight\salso\slike|recommended\sfor\syou|more\sfrom\s.+|more\sstories
         |most\s(?:read|popular)|trending(?:\snow)?|latest\snews|other\sstories)
      | (?:also\sread|read\salso|read\smore|read\snext|see\salso|related|recommended)\s*:.*
      | back\sto\stop(?:\sbutton)?|scroll\sto\stop|go\sto\stop
      | verified\sby\s\w+.* | powered\sby\s\w+.* | visitas\sverificadas\spor\s.*
      | (?:site\s)?(?:statistics|analytics|stats|visitor\scounter)\s(?:by|from)\s.*
      | .*\bwe\suse\scookies\b.* | accept(?:\sall)?\scookies | cookie\s(?:policy|settings|preferences)
      | ©.* | (?:\(c\)|copyright)\s*(?:19|20)\d\d\b.*
      | all\srights\sreserved\.?
      | subscribe(?:\sto\sour\snewsletter|\snow)?.* | sign\sup\sfor\sour\snewsletter.*
      | leave\sa\s(?:reply|comment) | \d+\scomments? | comments?
      | (?:tags?|filed\sunder|categories)\s*:.*
      | advertisement | sponsored(?:\scontent)?
      | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}
    )[\s!.:]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED_HEADING = re.compile(
    r"^(?:related\s(?:articles|posts|stories|news)|you\smay\salso\slike|read\smore|more\sstories|also\sread"
    r"|other\sstories)[\s:]*$",
    re.IGNORECASE,
)
_CELL_SEPARATOR = re.compile(r"\s*\\?\|\s*")
_MENU_MIN_CELLS = 4
_MENU_MAX_WORDS = 3
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’)]\s*$")
_MAX_RELATED_TITLES = 12


def strip_boilerplate(text: str) -> str:
    """The text without boilerplate lines, and without the headline list that follows a "Related" heading."""
    kept: list[str] = []
    titles_to_skip = 0
    for stripped in _lines_and_cells(text):
        if not stripped:
            continue
        if _RELATED_HEADING.match(stripped):
            titles_to_skip = _MAX_RELATED_TITLES
            continue
        # Headlines in a related box don't end like sentences; the first real sentence ends the box.
        if titles_to_skip and not _ENDS_SENTENCE.search(stripped) and len(stripped) <= _MAX_BOILERPLATE_CHARS:
            titles_to_skip -= 1
            continue
        titles_to_skip = 0
        if _is_boilerplate(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept)


def _lines_and_cells(text: str) -> Iterator[str]:
    """Each line. A flattened table row ("| a | b \\| c |") from a page laid out with tables is split into its
    cells when it wraps one block or holds boilerplate; a navigation row is dropped; a data row stays whole."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            yield stripped
            continue
        cells = [cell.strip() for cell in _CELL_SEPARATOR.split(stripped.strip("|")) if cell.strip()]
        if _is_menu(cells):
            continue
        if len(cells) == 1 or any(_is_boilerplate(cell) for cell in cells):
            yield from cells
        else:
            yield stripped


def _is_menu(cells: list[str]) -> bool:
    # "Home | Darfur | Khartoum | ...": short labels and no figures, unlike a data table's rows.
    short = all(len(cell.split()) <= _MENU_MAX_WORDS for cell in cells)
    return len(cells) >= _MENU_MIN_CELLS and short and not any(ch.isdigit() for cell in cells for ch in cell)


def _is_boilerplate(line: str) -> bool:
    return len(line) <= _MAX_BOILERPLATE_CHARS and _BOILERPLATE_LINE.match(line) is not None
