"""Cache rules: anonymous pages may be cached; signed-in ones never are."""

from django.utils.cache import add_never_cache_headers, patch_cache_control


class PrivateCacheForSignedInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        # A voting code remembered in the session personalises vote blocks.
        holds_code = session is not None and bool(session.get("vote_codes"))
        if (user is not None and user.is_authenticated) or holds_code:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response
