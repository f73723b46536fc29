"""The one exception a bad page raises: it carries the reason that lands in the `rejected` table."""


class RejectedPage(Exception):
    """A page that cannot become an article. `reason` is a short, stable code; `detail` says more."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
