"""Text messages to farmers (their private link), through a sender chosen in settings.SMS_BACKEND.

No SMS provider is contracted yet: the console sender prints each message (and keeps it in `outbox` for
tests). A provider's sender is a class with `send(phone, text)` that raises SmsError when the message
was not accepted; set SMS_BACKEND to its dotted path.
"""

import logging
import sys

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Messages the console sender "sent" in this process, newest last: (phone, text).
outbox = []


class SmsError(Exception):
    """The provider did not accept the message."""


class ConsoleSmsSender:
    """Writes the message to standard output instead of sending it."""

    def send(self, phone, text):
        outbox.append((phone, text))
        sys.stdout.write(f"SMS to {phone}:\n{text}\n\n")
        sys.stdout.flush()


def send_sms(phone, text):
    """Send `text` to `phone` with the configured sender; raises SmsError when it was not sent."""
    sender = import_string(settings.SMS_BACKEND)()
    try:
        sender.send(phone, text)
    except SmsError:
        raise
    except Exception as error:  # noqa: BLE001 - a provider's failure becomes one error the admin can show
        logger.exception("Sending an SMS failed")
        raise SmsError(str(error)) from error
