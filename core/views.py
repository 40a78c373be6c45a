"""Tokens for forms on cached pages, and what happens when a form comes back without one."""

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .protection import client_fingerprint, signed_start_time

# The honeypot field every public form has (core.protection.ProtectedForm): it marks a public form's post.
PUBLIC_FORM_FIELD = "website"


@never_cache
@require_GET
def form_token(request):
    """A CSRF token and a signed start time for one visitor, fetched by forms.js when they start typing.

    Cached pages are shared, so their forms carry neither; this response sets the visitor's own CSRF cookie,
    and the start time holds only when the form comes back from the same client.
    """
    started = signed_start_time(client=client_fingerprint(request))
    return JsonResponse({"csrfmiddlewaretoken": get_token(request), "started": started})


def csrf_failure(request, reason=""):
    """A public form posted from a cached page without its token (no JavaScript, or the token fetch failed)
    is shown again with what was typed and a fresh token, to be sent once more; nothing is stored. Any other
    failure gets Django's 403."""
    if request.method == "POST" and PUBLIC_FORM_FIELD in request.POST and not request.path.startswith("/admin/"):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is not None:
            request.form_token_refused = True
            return match.func(request, *match.args, **match.kwargs)
    return django_csrf_failure(request, reason=reason)
