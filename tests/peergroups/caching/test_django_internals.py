"""Upgrade guards: the private Django internals the caches rely on still behave as they use them.

``user_cache.request_user`` reads the session's user id with ``auth._get_user_session_key``
and fills ``_state.fields_cache`` of a cached profile; ``platform_site.page_cache`` finds a
request's CSRF tokens in a stored page with ``csrf._unmask_cipher_token``. A Django upgrade
that renames or changes one of these fails here, by name, instead of in a cache miss.
"""

from django.contrib import auth
from django.contrib.sessions.backends.cache import SessionStore
from django.middleware import csrf
from django.test import RequestFactory

from peergroups.models import MemberProfile


def test_the_session_user_key_reads_the_id_that_login_stored(make_user):
    user = make_user("sessie@zwolle.nl")
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.session[auth.SESSION_KEY] = user._meta.pk.value_to_string(user)
    request.session[auth.BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    request.session[auth.HASH_SESSION_KEY] = user.get_session_auth_hash()
    assert auth._get_user_session_key(request) == user.pk


def test_unmasking_a_csrf_token_gives_the_secret_of_its_request():
    request = RequestFactory().get("/")
    first, second = csrf.get_token(request), csrf.get_token(request)
    secret = request.META["CSRF_COOKIE"]
    assert first != second  # each token is masked anew ...
    assert csrf._unmask_cipher_token(first) == csrf._unmask_cipher_token(second) == secret  # ... over one secret


def test_a_related_object_put_in_fields_cache_is_used_without_a_query(make_user, django_assert_num_queries):
    user = make_user("profiel@zwolle.nl")
    profile = MemberProfile.objects.get(user=user)
    profile._state.fields_cache = {}
    profile._state.fields_cache["user"] = user
    with django_assert_num_queries(0):
        assert profile.user is user
