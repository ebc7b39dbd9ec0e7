"""The anonymous page cache (platform_site.page_cache) never mixes viewers and follows every write."""

import re
import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.signals import template_rendered
from django.urls import reverse

from peergroups.caching import versions
from peergroups.models import Organisation
from peergroups.portal import actions as thread_actions
from platform_site import page_cache
from tests.peergroups.conftest import add_member
from tests.peergroups.portal.threads_helpers import ask

pytestmark = pytest.mark.django_db

SECRET = "Vertrouwelijk beraad"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def secret(make_world):
    return make_world("secret", name=SECRET)


def test_a_second_anonymous_request_is_served_from_the_cache(client):
    first = client.get(reverse("peergroups:organisation_list"))
    second = client.get(reverse("peergroups:organisation_list"))
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second["X-Frame-Options"] == "DENY"  # security headers still wrap a hit
    assert second["Content-Language"] == "nl"


def test_a_hit_carries_a_working_csrf_token_of_its_own_visitor():
    Client().get("/organisaties/")  # someone else fills the cache
    visitor = Client(enforce_csrf_checks=True)
    hit = visitor.get("/organisaties/")
    assert hit["X-Page-Cache"] == "hit"
    html = hit.content.decode()
    assert page_cache.CSRF_PLACEHOLDER not in html
    token = TOKEN.search(html).group(1)
    switched = visitor.post(reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": token})
    assert switched.status_code == 302  # a 403 would mean the token was another visitor's


def test_languages_are_cached_apart(client):
    client.get("/organisaties/")
    client.cookies["django_language"] = "en"
    english = client.get("/organisaties/")
    assert english["X-Page-Cache"] == "miss" and english["Content-Language"] == "en"


def test_logged_in_members_are_never_served_or_stored(client, people):
    client.get("/organisaties/")
    client.force_login(people["member"])
    response = client.get("/organisaties/")
    assert "X-Page-Cache" not in response
    assert people["member"].display_name in response.content.decode()
    client.logout()
    assert people["member"].display_name not in Client().get("/organisaties/").content.decode()


@pytest.mark.parametrize("member_first", [True, False])
def test_a_secret_group_member_and_a_visitor_on_the_same_page(secret, people, member_first):
    """The member sees the secret group; the visitor never does, whoever asked first."""
    member, visitor = Client(), Client()
    member.force_login(people["group_member"])
    url = reverse("peergroups:peer_group_list")
    pages = {}
    order = [("member", member), ("visitor", visitor)] if member_first else [("visitor", visitor), ("member", member)]
    for _round in range(2):
        for name, client in order:
            pages[name] = client.get(url).content.decode()
    assert SECRET in pages["member"]
    assert SECRET not in pages["visitor"]


def test_a_secret_thread_never_reaches_the_visitors_cache(secret, people):
    thread = ask(people["coordinator"], secret.space, title="Geheime reorganisatie van het team")
    member = Client()
    member.force_login(people["group_member"])
    assert member.get(thread.get_absolute_url()).status_code == 200
    for url in (thread.get_absolute_url(), "/", "/vraagbaak/"):
        for _round in range(2):
            response = Client().get(url)
            assert "Geheime reorganisatie" not in response.content.decode()
    assert Client().get(thread.get_absolute_url()).status_code == 404


def test_a_write_replaces_the_cached_page():
    client = Client()
    client.get("/organisaties/")
    assert client.get("/organisaties/")["X-Page-Cache"] == "hit"
    Organisation.objects.create(name="Gemeente Nieuwkomer", slug="gemeente-nieuwkomer", organisation_type="gemeente",
                                government_layer="lokaal")
    response = client.get("/organisaties/")
    assert response["X-Page-Cache"] == "miss" and "Gemeente Nieuwkomer" in response.content.decode()


def test_a_hidden_reply_disappears_from_the_cached_thread(make_world, people):
    public = make_world("open_public")
    thread = ask(people["coordinator"], public.space, title="Hoe meet u klanttevredenheid?", kind="discussion")
    reply = thread_actions.do_reply(people["group_member"], thread, body="Onze aanpak: elk kwartaal een enquête.")
    visitor = Client()
    assert "elk kwartaal een enquête" in visitor.get(thread.get_absolute_url()).content.decode()
    assert visitor.get(thread.get_absolute_url())["X-Page-Cache"] == "hit"
    thread_actions.do_set_hidden(people["moderator"], reply, hidden=True, note="Off-topic")
    assert "elk kwartaal een enquête" not in visitor.get(thread.get_absolute_url()).content.decode()


def test_a_new_member_of_a_secret_group_is_not_shown_a_stale_page(secret, people):
    """Joining changes what the person sees at once (members bypass the cache entirely)."""
    newcomer = people["member"]
    client = Client()
    client.force_login(newcomer)
    url = reverse("peergroups:peer_group_list")
    assert SECRET not in client.get(url).content.decode()
    add_member(secret.space, newcomer, people["coordinator"])
    assert SECRET in client.get(url).content.decode()


def test_the_login_redirect_of_a_members_only_thread_is_cached_and_follows_writes(make_world, people):
    group = make_world("open")  # members see the threads; visitors are sent to the login page
    thread = ask(people["coordinator"], group.space, title="Hoe betrekt u de raad?", kind="discussion")
    first, second = Client().get(thread.get_absolute_url()), Client().get(thread.get_absolute_url())
    assert first.status_code == second.status_code == 302
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second["Location"] == first["Location"] and "/account/login/" in second["Location"]
    assert not second.cookies  # no session is made for a cached redirect
    thread_actions.do_set_hidden(people["moderator"], thread, hidden=True, note="Dubbel")
    after = Client().get(thread.get_absolute_url())
    assert after.status_code == 404 and after.get("X-Page-Cache") != "hit"  # decided again after the write


@pytest.mark.django_db(transaction=True)  # two requests in two threads, each on its own connection
def test_visitors_asking_during_a_rendering_wait_for_it_instead_of_rendering_again():
    """Two real concurrent requests: the second arrives while the first is rendering the page."""
    url = "/organisaties/"
    page_template = Client().get(url).templates[0].name  # the page's own template
    versions.bump_content()  # a write: the stored page is stale, the next visitor renders it again
    rendering, second_sent = threading.Event(), threading.Event()
    renders = []

    def slow_first_rendering(sender, template, **kwargs):
        if template.name != page_template:
            return
        renders.append(threading.current_thread().name)
        if len(renders) == 1:
            rendering.set()
            assert second_sent.wait(5)
            time.sleep(0.5)  # the second visitor meanwhile finds the page being rendered

    responses, timings = {}, {}

    def visit(name):
        started = time.monotonic()
        try:
            responses[name] = Client().get(url)
        finally:
            timings[name] = time.monotonic() - started
            connection.close()

    template_rendered.connect(slow_first_rendering)
    try:
        first = threading.Thread(target=visit, args=("first",), name="first")
        second = threading.Thread(target=visit, args=("second",), name="second")
        first.start()
        assert rendering.wait(5), "the first request did not start rendering"
        second.start()
        second_sent.set()
        first.join(10)
        second.join(10)
    finally:
        template_rendered.disconnect(slow_first_rendering)
    assert renders == ["first"]  # one rendering for both visitors
    assert responses["first"]["X-Page-Cache"] == "miss" and responses["second"]["X-Page-Cache"] == "hit"
    assert timings["second"] >= 0.3  # it waited for the first rendering rather than finding a stored page
    bodies = [TOKEN.sub("TOKEN", responses[n].content.decode()) for n in ("first", "second")]
    assert bodies[0] == bodies[1] and "Organisaties" in bodies[0]


def test_a_visitor_renders_the_page_itself_when_the_other_rendering_does_not_come(monkeypatch):
    url = "/organisaties/"
    Client().get(url)
    versions.bump_content()
    version = versions.content_version()
    key = next(k for k in _stored_keys() if k.startswith("page-cache:page:"))
    from django.core.cache import cache

    cache.add(f"{key}:filling:{version}", 1, 5)  # a renderer that died or is slow
    monkeypatch.setattr(page_cache, "FILL_WAIT_SECONDS", 0.05)
    response = Client().get(url)
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    assert "Organisaties" in response.content.decode() or "organisaties" in response.content.decode()


def test_visitors_do_not_wait_for_a_page_that_cannot_be_stored(monkeypatch):
    # Search results are private (they follow the index, not the writes that renew this cache):
    # a visitor asking while another renders them must not wait for an entry that never comes.
    url = "/zoeken/?q=gemeente"
    first = Client().get(url)
    assert first.status_code == 200 and "X-Page-Cache" not in first
    version = versions.content_version()
    key = next(k for k in _stored_keys() if k.startswith("page-cache:page:") and ":filling:" not in k)
    from django.core.cache import cache

    cache.add(f"{key}:filling:{version}", 1, 5)  # another visitor is rendering it right now
    monkeypatch.setattr(page_cache, "_wait_for_fill", lambda k, v: pytest.fail("waited for an unstorable page"))
    second = Client().get(url)
    assert second.status_code == 200 and "X-Page-Cache" not in second
    assert "private" in second["Cache-Control"]


def _stored_keys():
    from django.core.cache import cache

    backend = getattr(cache, "_cache", None)
    if isinstance(backend, dict):  # locmem
        return [k.split(":", 2)[-1] for k in backend]
    client = cache._cache.get_client()  # redis
    return [k.decode().split(":", 2)[-1] for k in client.keys("*page-cache:page:*")]
