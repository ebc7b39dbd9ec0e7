"""Sanitization, anonymity, permissions through HTTP, and rate limits."""

import re

import pytest
from django.core import mail

from peergroups.core.markup import render_markdown
from peergroups.models import ModeratorAccessLog, Notification, Thread
from peergroups.policy import ROLE_EDITORS, ROLE_MODERATORS
from peergroups.portal import actions as thread_actions
from search import service
from search.scope import scope_for
from tests.peergroups.conftest import add_member, normalise
from tests.peergroups.portal.threads_helpers import ask, portal, reindexed  # noqa: F401
from tests.search.answered import answered_by_elasticsearch, assert_index_answers
from tests.second_factor import reauthenticate

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
    "[x](javascript:alert(1))",
    "[x](  javascript:alert(1) )",
    "[x](data:text/html,<script>alert(1)</script>)",
    '[x](https://ok.example "title\\" onmouseover=\\"alert(1))',
    "![plaatje](https://evil.example/track.png)",
    '<p style="width: expression(alert(1))">stijl</p>',
    '<div onmouseover="alert(1)">hover</div>',
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<object data=javascript:alert(1)>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
]
DANGEROUS = re.compile(
    r"<\s*(script|iframe|object|embed|svg|math|style|img|form|body)\b|\son\w+\s*=|javascript:|data:|expression\(",
    re.I,
)


@pytest.mark.parametrize("payload", XSS)
def test_sanitizer_removes_every_payload(payload):
    html = render_markdown(payload)
    assert not DANGEROUS.search(html), html


def test_links_get_nofollow_noopener():
    html = render_markdown("[site](https://www.example.nl)")
    assert 'href="https://www.example.nl"' in html and 'rel="nofollow noopener"' in html


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch, request):
    if "rate" not in request.node.name:
        monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


def test_stored_and_reflected_xss_do_not_survive_in_pages(portal, make_user, client):  # noqa: F811
    asker, colleague = make_user(), make_user()
    thread = ask(asker, portal, title="<script>alert('titel')</script>", body="\n\n".join(XSS))
    thread_actions.do_reply(colleague, thread, body="\n\n".join(XSS))
    client.force_login(colleague)
    page = client.get(thread.get_absolute_url()).content.decode()
    body = page.split("<main", 1)[1]
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&#x27;titel&#x27;)&lt;/script&gt;" in body
    assert not re.search(r"<[^>]+\son\w+\s*=", body)
    assert "javascript:" not in body
    # reflected: the similar-questions fragment and a failed post echo input escaped
    fragment = client.get("/vraagbaak/vergelijkbaar/", {"title": "<script>alert(2)</script>", "body": XSS[2]})
    assert "<script>alert(2)" not in fragment.content.decode()
    failed = client.post("/vraagbaak/vragen/nieuw/", {"kind": "question", "title": "", "body": XSS[0]})
    assert failed.status_code == 400
    assert "<script>alert(1)</script>" not in failed.content.decode().split("<main", 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in failed.content.decode()


# --- anonymity -----------------------------------------------------------------------


@pytest.fixture
def anonymous_world(anonymous_world_data, mailoutbox):
    return anonymous_world_data


@pytest.fixture
def anonymous_world_data(portal, make_user, make_organisation, make_world, people, django_capture_on_commit_callbacks):  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        return _make_anonymous_world(portal, make_user, make_organisation, make_world, people)


def _make_anonymous_world(portal, make_user, make_organisation, make_world, people):  # noqa: F811
    organisation = make_organisation("Gemeente Geheimstad")
    author = make_user(
        "xandra.quispel@geheimstad.example", organisation=organisation, first_name="Xandra", last_name="Quispel-Zuidema"
    )
    world = make_world("open")
    add_member(world.space, author, people["coordinator"])
    thread = ask(
        author,
        portal,
        kind="dilemma",
        title="Integriteitsdilemma rond een studiereis aangeboden door leverancier",
        body="Een leverancier biedt een studiereis aan. @" + people["member"].email.split("@")[0] + " wat vindt u?",
        is_anonymous=True,
        poll_options=["Aannemen", "Afslaan"],
    )
    answer = thread_actions.do_reply(people["member"], thread, body="Ik zou het afslaan.")
    own = thread_actions.do_reply(author, thread, body="Dank, dat helpt mij.", parent=answer)
    thread_actions.do_accept(author, thread, answer)
    thread_actions.do_reply(people["group_member"], thread, body="Zelf betalen is ook een optie.")
    thread_actions.do_follow(people["coordinator"], thread)
    thread_actions.do_reply(people["member"], thread, body="Nog een gedachte.")
    # A similar, non-anonymous question so "similar" and "colleagues" have something to show.
    other = ask(
        people["coordinator"], portal, kind="question", title="Studiereis aangeboden door leverancier: integriteit?"
    )
    thread_actions.do_reply(people["group_member"], other, body="Meld het bij de integriteitscoördinator.")
    return {"author": author, "organisation": organisation, "thread": thread, "own": own, "people": people}


def _leaks(text, author, organisation):
    needles = [
        author.first_name,
        author.last_name,
        author.get_full_name(),
        author.email,
        author.email.split("@")[0],
        organisation.name,
        f"/leden/{author.pk}/",
    ]
    return [n for n in needles if n and n in text]


@pytest.mark.parametrize("role", ["visitor", "pending", "member", "group_member", "coordinator"])
def test_anonymous_author_appears_nowhere(anonymous_world, role, client, reindexed):  # noqa: F811
    reindexed()
    author, organisation, thread = anonymous_world["author"], anonymous_world["organisation"], anonymous_world["thread"]
    user = anonymous_world["people"][role]
    if user is not None:
        client.force_login(user)
    urls = [
        "/",
        "/vraagbaak/",
        *[f"/vraagbaak/?tab={t}" for t in ("onbeantwoord", "actief", "thema", "mijn", "gevolgd")],
        thread.get_absolute_url(),
        f"/vraagbaak/reactie/{anonymous_world['own'].pk}/",
        f"/vraagbaak/vergelijkbaar/?title={thread.title}",
        "/meldingen/",
        "/zoeken/?q=studiereis",
        "/zoeken/?q=leverancier+integriteitsdilemma",
        "/vraagbaak/vragen/nieuw/",
    ]
    other = Thread.objects.exclude(pk=thread.pk).get()
    urls.append(other.get_absolute_url())
    reads = role in ("member", "group_member", "coordinator")  # the portal is for admitted members
    members_only = {thread.get_absolute_url(), urls[8], "/vraagbaak/vragen/nieuw/", other.get_absolute_url()}
    # Where a reader of the dilemma must see it: the leak checks below look at the very page that shows it.
    shows_dilemma = {"/vraagbaak/", "/vraagbaak/?tab=actief", thread.get_absolute_url(), urls[8], urls[9]}
    for url in urls:
        response = client.get(url, follow=True)
        html = response.content.decode()
        if url in members_only and role == "visitor":
            assert response.redirect_chain[0][0] == f"/account/login/?next={url}", url
            assert response.status_code == 200, url
        else:
            assert response.status_code == (403 if url in members_only and role == "pending" else 200), url
        if url.startswith("/zoeken/"):
            found = {hit.url for hit in answered_by_elasticsearch(response).hits}
            assert (thread.get_absolute_url() in found) is reads, (url, found)
        elif url in shows_dilemma:
            assert (thread.title in html) is reads, url
        assert not _leaks(html, author, organisation), url
    if user is not None:
        for notification in Notification.objects.filter(recipient=user):
            assert notification.actor_id != author.pk
    assert mail.outbox, "the notifications were mailed (immediate is the default)"
    for message in mail.outbox:
        bodies = [message.subject, message.body, *[content for content, _type in getattr(message, "alternatives", [])]]
        assert not _leaks(" ".join(bodies), author, organisation)
    assert_index_answers(scope_for(user))
    hits = service.more_like_this(scope=scope_for(user), like_text=thread.title, kinds=["thread", "reply"], limit=20)
    assert (str(thread.pk) in {h.object_id for h in hits if h.kind == "thread"}) is reads  # the same query finds it
    for hit in hits:
        assert not _leaks(f"{hit.title} {hit.snippet} {hit.info}", author, organisation)


def test_search_documents_of_anonymous_posts_carry_no_author(anonymous_world):
    from search.registry import get

    thread = anonymous_world["thread"]
    document = get("thread").to_document(thread)
    own = get("reply").to_document(anonymous_world["own"])
    for doc in (document, own):
        assert not _leaks(str(doc.as_source()), anonymous_world["author"], anonymous_world["organisation"])


def test_moderator_sees_the_author_and_it_is_logged(anonymous_world, make_user, client):
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = anonymous_world["thread"]
    client.force_login(moderator)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert not _leaks(page, anonymous_world["author"], anonymous_world["organisation"])  # not by default
    assert ModeratorAccessLog.objects.count() == 0
    reauthenticate(client, moderator)  # a reveal asks for a fresh second-factor code
    revealed = client.post(f"/vraagbaak/vragen/{thread.pk}/auteur/")
    assert revealed.status_code == 200
    assert anonymous_world["author"].email in revealed.content.decode()
    log = ModeratorAccessLog.objects.get()
    assert log.moderator == moderator and log.thread == thread
    member = anonymous_world["people"]["member"]
    client.force_login(member)
    refused = client.post(f"/vraagbaak/vragen/{thread.pk}/auteur/")
    assert refused.status_code == 403 and anonymous_world["author"].email not in refused.content.decode()
    assert ModeratorAccessLog.objects.count() == 1  # the refused look was not logged as one


def test_editor_promote_link_keeps_the_author_anonymous(anonymous_world, make_user, client):
    editor = make_user(roles=[ROLE_EDITORS])
    client.force_login(editor)
    page = client.get(anonymous_world["thread"].get_absolute_url()).content.decode()
    assert "source_kind=dilemma" in page  # the link is there, and carries no organisation
    assert not _leaks(page, anonymous_world["author"], anonymous_world["organisation"])


def test_anonymous_author_can_edit_accept_and_follow(anonymous_world):
    thread = anonymous_world["thread"]
    author = anonymous_world["author"]
    thread_actions.do_edit_thread(author, thread, title=thread.title, body="Aangepaste tekst")
    thread_actions.do_follow(author, thread, follow=False)
    thread_actions.do_follow(author, thread)
    thread.refresh_from_db()
    assert thread.status == "answered" and thread.moderator_note == ""


# --- permissions through HTTP ------------------------------------------------------------


@pytest.mark.parametrize("visibility", ["closed", "secret"])
def test_group_thread_is_invisible_to_non_members_everywhere(make_world, people, visibility, client, reindexed):  # noqa: F811
    world = make_world(visibility)
    thread = thread_actions.do_create_thread(
        people["coordinator"],
        world.space,
        kind="discussion",
        title="Vertrouwelijke discussie over reorganisatie klantcontactcentrum",
        body="Alleen voor de groep.",
    )
    thread_actions.do_reply(people["group_member"], thread, body="Eens.")
    outsider = people["member"]
    reindexed()
    # mention and invite the outsider: no notification may reach them
    thread_actions.do_reply(people["group_member"], thread, body="@" + outsider.email.split("@")[0] + " kijk mee")
    assert not Notification.objects.filter(recipient=outsider, kind__startswith="thread").exists()
    places = ["/vraagbaak/", "/vraagbaak/?tab=actief", "/", "/zoeken/?q=reorganisatie", "/zoeken/?q=vertrouwelijke"]
    similar = {"title": "reorganisatie klantcontactcentrum vertrouwelijke"}
    like_text = "Vertrouwelijke reorganisatie klantcontactcentrum"
    for reader, allowed in ((people["group_member"], True), (outsider, False)):
        # The member of the group first: the very same pages and queries show it to them, so its
        # absence for the outsider is the policy's doing, not an empty page or a silent search.
        client.force_login(reader)
        response = client.get(thread.get_absolute_url())
        assert response.status_code == (200 if allowed else 404 if visibility == "secret" else 403)
        for url in places:
            response = client.get(url)
            assert response.status_code == 200, url
            if url.startswith("/zoeken/"):
                found = {hit.url for hit in answered_by_elasticsearch(response).hits}
                assert (thread.get_absolute_url() in found) is allowed, (url, found)
            # The portal and the home page list no group discussions to anyone (they live in the group).
            assert allowed or "Vertrouwelijke discussie" not in response.content.decode(), url
        fragment = client.get("/vraagbaak/vergelijkbaar/", similar)
        assert ("Vertrouwelijke discussie" in fragment.content.decode()) is allowed
        assert_index_answers(scope_for(reader))
        hits = service.more_like_this(scope=scope_for(reader), like_text=like_text, kinds=["thread"])
        assert any(h.object_id == str(thread.pk) for h in hits) is allowed


def test_portal_is_for_members_only(portal, make_user, client):  # noqa: F811
    thread = ask(make_user(), portal)
    assert client.get(thread.get_absolute_url()).status_code == 302  # to the login page
    client.force_login(make_user(member=False))
    assert client.get(thread.get_absolute_url()).status_code == 403
    assert thread.title not in client.get("/vraagbaak/").content.decode()


def test_rate_limit_message_keeps_the_typed_text(portal, make_user, client, monkeypatch):  # noqa: F811
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 2)
    user = make_user()
    thread = ask(user, portal)
    thread_actions.do_reply(user, thread, body="Eerste aanvulling")
    client.force_login(user)
    text = "Mijn zorgvuldig getypte reactie over de werkdruk"
    response = client.post(f"/vraagbaak/vragen/{thread.pk}/reageren/", {"body": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Wacht een paar minuten" in html
    assert text in html
    ask_response = client.post("/vraagbaak/vragen/nieuw/", {"kind": "question", "title": "Nieuwe vraag", "body": text})
    assert ask_response.status_code == 400 and text in ask_response.content.decode()


def test_flag_rate_limit(portal, make_user, monkeypatch):  # noqa: F811
    from django.core.exceptions import ValidationError

    monkeypatch.setattr(thread_actions, "FLAG_LIMIT", 1)
    user = make_user()
    thread = ask(make_user(), portal)
    thread_actions.do_flag(user, thread, reason="spam")
    with pytest.raises(ValidationError):
        thread_actions.do_flag(user, thread, reason="nog eens")


# --- moderator actions go through the thread's access rule ------------------------------


def test_moderator_actions_take_the_same_door_as_reading_the_thread(make_world, people, client):
    """A moderator acts on threads they can open (their spaces, the portal) and on flagged or
    hidden ones anywhere (the moderation door); an unflagged thread in a secret group they are
    not in is the same 404 as an id that does not exist: not lockable, no author revealed."""
    world = make_world("secret")
    member, moderator = people["group_member"], people["moderator"]
    secret = ask(member, world.space, kind="dilemma", title="Geheim dilemma", body="Wat nu?", is_anonymous=True)
    secret_target = ask(member, world.space, title="Geheime oorspronkelijke vraag")
    visible = ask(people["member"], thread_actions.get_portal(), title="Dubbele vraag in de Vraagbaak")
    missing = Thread.objects.order_by("-pk").first().pk + 1000
    client.force_login(moderator)
    reauthenticate(client, moderator)  # a reveal asks for a fresh second-factor code

    def moderate(thread_id, **data):
        return client.post(f"/vraagbaak/vragen/{thread_id}/modereren/", data)

    not_found = moderate(missing, operation="lock")
    assert not_found.status_code == 404
    for operation in ("lock", "hide"):
        refused = moderate(secret.pk, operation=operation)
        assert refused.status_code == 404, operation
        # nothing tells an existing id from a missing one
        same = normalise(not_found.content.decode()).replace(f"/vragen/{missing}/", f"/vragen/{secret.pk}/")
        assert normalise(refused.content.decode()) == same
    secret.refresh_from_db()
    assert not secret.locked and not secret.hidden
    assert client.post(f"/vraagbaak/vragen/{secret.pk}/auteur/").status_code == 404
    assert client.post(f"/vraagbaak/vragen/{missing}/auteur/").status_code == 404
    assert ModeratorAccessLog.objects.count() == 0
    # targets: no merging into, nor moving to, what the moderator cannot see
    assert moderate(visible.pk, operation="merge", into=secret_target.pk).status_code == 404
    assert moderate(visible.pk, operation="move", space=world.space.pk).status_code == 404
    visible.refresh_from_db()
    assert visible.space.kind == "portal" and visible.merged_into_id is None
    queue = client.get("/vraagbaak/moderatie/").content.decode()
    assert world.space.name not in queue  # not offered as a move target either

    # the moderation door: once reported, the moderator handles it (and may see who posted it)
    thread_actions.do_flag(member, secret, reason="Dit hoort hier niet.")
    assert world.space.name in client.get("/vraagbaak/moderatie/").content.decode()  # the flag's own group
    assert moderate(secret.pk, operation="lock").status_code == 302
    secret.refresh_from_db()
    assert secret.locked
    revealed = client.post(f"/vraagbaak/vragen/{secret.pk}/auteur/")
    assert revealed.status_code == 200 and member.email in revealed.content.decode()
    assert ModeratorAccessLog.objects.get().thread == secret
    # a thread the moderator can open is moderated as before
    assert moderate(visible.pk, operation="lock").status_code == 302
    visible.refresh_from_db()
    assert visible.locked
