"""Requests too large to read: refused by their Content-Length before anything parses the body.

Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count uploaded files, and the CSRF middleware reads the whole
multipart body of any POST before a view or a form limit runs (issue 12, finding 5). nginx refuses larger
bodies too (client_max_body_size); this holds where the app is reached without it.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext


class RequestBodyLimitMiddleware:
    """Answer 413 to a body announced larger than REQUEST_BODY_MAX_SIZE, in the language of the address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return HttpResponse(status=400)
        limit = settings.REQUEST_BODY_MAX_SIZE
        if length > limit:
            language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                message = gettext(
                    "The photos together are too large (%(size)s). Send at most %(limit)s at once: "
                    "leave some photos out or send smaller ones."
                ) % {"size": filesizeformat(length), "limit": filesizeformat(settings.LISTING_PHOTOS_MAX_TOTAL_SIZE)}
            response = HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
            response["Connection"] = "close"  # the unread body must not be taken for the next request
            return response
        return self.get_response(request)
