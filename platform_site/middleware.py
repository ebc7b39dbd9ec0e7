"""Dutch first: the interface language is Dutch unless the person chose another."""

from django.conf import settings
from django.utils import translation


class DutchFirstLocaleMiddleware:
    """Activate the language from the language cookie, else Dutch.

    Django's LocaleMiddleware would follow the browser's Accept-Language; this
    platform is Dutch by default and English only on request (the switch in
    the header sets the cookie).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, settings.LANGUAGE_CODE)
        if language not in self.supported:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response
