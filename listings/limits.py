"""Rate limits of the farmers' and buyers' forms (counted by core.rate_limits, tuned in settings)."""

from core.rate_limits import DAY, HOUR, RateLimit

# Many farmers of one village share a mobile operator's address: the per-client limits are generous.
LISTING_POSTS_PER_CLIENT = RateLimit("listing-client", 30, HOUR, "LISTING_POSTS_PER_CLIENT_PER_HOUR")
# Per phone number *and* client: phones are public, and a quota per number alone let anyone who typed a farmer's
# number use up that farmer's day (issue 12, finding 6). A stranger's posts count against their own connection.
LISTINGS_PER_PHONE = RateLimit("listing-phone-client", 5, DAY, "LISTINGS_PER_PHONE_PER_DAY")


def phone_and_client(phone, fingerprint):
    """The key LISTINGS_PER_PHONE counts by."""
    return f"{phone}|{fingerprint}"
INQUIRIES_PER_CLIENT = RateLimit("inquiry-client", 10, HOUR, "INQUIRIES_PER_CLIENT_PER_HOUR")
REPORTS_PER_CLIENT = RateLimit("report-client", 10, HOUR, "REPORTS_PER_CLIENT_PER_HOUR")
PHOTO_UPLOADS_PER_CLIENT = RateLimit("listing-photo-client", 120, HOUR, "PHOTO_UPLOADS_PER_CLIENT_PER_HOUR")
# A private link in the wrong hands must not publish, photograph or email without end (issue 12, finding 4).
PRIVATE_LINK_POSTS = RateLimit("private-link", 20, HOUR, "PRIVATE_LINK_POSTS_PER_HOUR")
# All emails to the agency's address together: a flood of inquiries waits in the admin instead.
AGENCY_EMAILS = RateLimit("agency-email", 60, HOUR, "AGENCY_EMAILS_PER_HOUR")
WANTED_POSTS_PER_CLIENT = RateLimit("wanted-client", 10, HOUR, "WANTED_POSTS_PER_CLIENT_PER_HOUR")
