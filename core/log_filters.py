"""Log records without secrets: a farmer's private link is a password in the address (issue 12)."""

import logging
import re

PRIVATE_LINK = re.compile(r"(/manage/)[^/\s?#\"']+")


def redact(text):
    return PRIVATE_LINK.sub(r"\1…", text)


class RedactPrivateLinks(logging.Filter):
    """Replace the token of a private link (…/manage/<token>/) in a log message by "…"."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
