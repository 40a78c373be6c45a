"""Signed start times as the site gives them to a visitor (core.protection), for tests that post forms."""

from core.protection import address_fingerprint, signed_start_time

# Django's test client sends its requests from this address.
TEST_CLIENT_ADDRESS = "127.0.0.1"


def started_at(now=None, address=TEST_CLIENT_ADDRESS):
    """The start time a visitor at `address` got when the form was shown at `now` (default: just now)."""
    return signed_start_time(now, client=address_fingerprint(address))
