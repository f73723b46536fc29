"""Line filters for the site furniture trafilatura can leave in: counters, share prompts, ad-blocker notices."""

import re

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
         |tweet(?:\sthis)?|pin\sit|email\sthis|print\sthis(?:\sarticle)?|whatsapp|telegram|facebook|twitter|x|linkedin)
      | related\s(?:articles|posts|stories|news|content)
      | (?:you\smay\salso\slike|you\smight\salso\slike|recommended\sfor\syou|more\sfrom\s.+|more\sstories
         |most\s(?:read|popular)|trending(?:\snow)?|latest\snews|read\salso|also\sread|read\snext)
      | back\sto\stop(?:\sbutton)?|scroll\sto\stop|go\sto\stop
      | verified\sby\s\w+.* | powered\sby\s\w+.*
      | .*\bwe\suse\scookies\b.* | accept(?:\sall)?\scookies | cookie\s(?:policy|settings|preferences)
      | (?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d)?.*
      | all\srights\sreserved\.?
      | subscribe(?:\sto\sour\snewsletter|\snow)?.* | sign\sup\sfor\sour\snewsletter.*
      | leave\sa\s(?:reply|comment) | \d+\scomments? | comments?
      | (?:tags?|filed\sunder|categories)\s*:.*
      | advertisement | sponsored(?:\scontent)?
    )[\s!.:]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED_HEADING = re.compile(
    r"^(?:related\s(?:articles|posts|stories|news)|you\smay\salso\slike|read\smore|more\sstories|also\sread)[\s:]*$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’)]\s*$")
_MAX_RELATED_TITLES = 12


def strip_boilerplate(text: str) -> str:
    """The text without boilerplate lines, and without the headline list that follows a "Related" heading."""
    kept: list[str] = []
    titles_to_skip = 0
    for line in text.splitlines():
        stripped = line.strip()
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
        if len(stripped) <= _MAX_BOILERPLATE_CHARS and _BOILERPLATE_LINE.match(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept)
