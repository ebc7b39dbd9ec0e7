"""Reply tree, ordering, depth flattening, permalinks across pages, accepted answers, votes, polls."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from peergroups.models import REPLIES_PER_PAGE, PollVote, Reply, Thread, Vote
from peergroups.policy import context_for
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401


@pytest.fixture
def asker(make_user):
    return make_user(first_name="Anke")


@pytest.fixture
def colleague(make_user):
    return make_user(first_name="Bart")


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


def test_tree_is_depth_first_oldest_first_and_flattens_deep_replies(portal, asker, colleague):  # noqa: F811
    thread = ask(asker, portal)
    a = thread_actions.do_reply(colleague, thread, body="A")
    b = thread_actions.do_reply(asker, thread, body="B")
    a1 = thread_actions.do_reply(asker, thread, body="A1", parent=a)
    chain = [a1]
    for i in range(5):
        chain.append(thread_actions.do_reply(colleague if i % 2 else asker, thread, body=f"deep {i}", parent=chain[-1]))
    a2 = thread_actions.do_reply(colleague, thread, body="A2", parent=a)
    nodes = threads.reply_tree(context_for(asker), thread, expanded=a.pk)  # the long branch open (not folded)
    order = [n.reply.pk for n in nodes]
    assert order == [a.pk, a1.pk, *[r.pk for r in chain[1:]], a2.pk, b.pk]
    depths = {n.reply.pk: n.depth for n in nodes}
    assert depths[a.pk] == 0 and depths[a1.pk] == 1
    assert max(depths.values()) == 4  # never deeper than shown
    deepest = nodes[order.index(chain[-1].pk)]
    assert deepest.reply.depth == 6 and deepest.depth == 4
    assert deepest.in_reply_to.pk == chain[-2].pk  # "in reply to …"
    assert nodes[order.index(chain[2].pk)].in_reply_to is None  # depth 3: shown where it is


def test_permalink_to_a_deep_reply_on_a_later_page_resolves(portal, asker, colleague, client):  # noqa: F811
    thread = ask(asker, portal)
    for i in range(REPLIES_PER_PAGE + 3):
        last_root = thread_actions.do_reply(colleague, thread, body=f"antwoord {i}")
    deep = last_root
    for i in range(6):
        deep = thread_actions.do_reply(asker if i % 2 == 0 else colleague, thread, body=f"diep {i}", parent=deep)
    client.force_login(colleague)
    response = client.get(f"/vraagbaak/reactie/{deep.pk}/")
    assert response.status_code == 302
    # six answers deep: past the answers a branch shows, so the link opens the branch too
    assert response["Location"] == f"{thread.get_absolute_url()}?pagina=2&tak={last_root.pk}#reactie-{deep.pk}"
    page = client.get(response["Location"].split("#")[0])
    assert f'id="reactie-{deep.pk}"' in page.content.decode()
    first = client.get(thread.get_absolute_url())
    assert f'id="reactie-{deep.pk}"' not in first.content.decode()


def test_accepted_answer_rules(portal, asker, colleague, make_user):  # noqa: F811
    thread = ask(asker, portal)
    own = thread_actions.do_reply(asker, thread, body="Aanvulling van mijzelf")
    answer = thread_actions.do_reply(colleague, thread, body="Zo deden wij het")
    with pytest.raises(PermissionDenied):
        thread_actions.do_accept(colleague, thread, answer)  # only the asker (or a moderator)
    with pytest.raises(ValidationError):
        thread_actions.do_accept(asker, thread, own)  # not one's own reply
    thread_actions.do_accept(asker, thread, answer)
    thread.refresh_from_db()
    assert thread.status == Thread.Status.ANSWERED and thread.accepted_reply_id == answer.pk
    other = ask(make_user(), portal, title="Andere vraag")
    foreign = thread_actions.do_reply(colleague, other, body="elders")
    with pytest.raises(ValidationError):
        thread_actions.do_accept(asker, thread, foreign)
    thread_actions.do_accept(asker, thread, None)
    thread.refresh_from_db()
    assert thread.status == Thread.Status.OPEN and thread.accepted_reply_id is None


def test_one_vote_per_member(portal, asker, colleague, make_user):  # noqa: F811
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(colleague, thread, body="Mijn ervaring")
    assert thread_actions.do_toggle_vote(asker, reply) is True
    assert thread_actions.do_toggle_vote(asker, reply) is False  # a second click withdraws
    thread_actions.do_toggle_vote(asker, reply)
    thread_actions.do_toggle_vote(make_user(), reply)
    assert Vote.objects.filter(reply=reply).count() == 2
    with pytest.raises(PermissionDenied):
        thread_actions.do_toggle_vote(colleague, reply)  # not on one's own reply


def test_poll_results_hidden_until_voted_and_single_vote(portal, asker, colleague, client):  # noqa: F811
    thread = ask(asker, portal, kind="dilemma", poll_options=["Aannemen", "Afslaan"])
    poll = thread.poll
    yes, no = list(poll.options.all())
    client.force_login(colleague)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert 'name="option"' in html and "%" not in html.split('id="peiling"')[1].split("</section>")[0]
    client.post(f"/vraagbaak/vragen/{thread.pk}/peiling/", {"option": yes.pk})
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "100%" in html
    with pytest.raises(ValidationError):
        thread_actions.do_vote_in_poll(colleague, poll, no)
    response = client.post(f"/vraagbaak/vragen/{thread.pk}/peiling/", {"option": no.pk}, follow=True)
    assert response.status_code == 200
    assert PollVote.objects.filter(poll=poll).count() == 1


def test_poll_needs_two_to_five_options_and_a_dilemma(portal, asker):  # noqa: F811
    with pytest.raises(ValidationError):
        ask(asker, portal, kind="dilemma", poll_options=["Alleen één"])
    with pytest.raises(ValidationError):
        ask(asker, portal, kind="dilemma", poll_options=[str(i) for i in range(6)])
    with pytest.raises(ValidationError):
        ask(asker, portal, kind="question", poll_options=["a", "b"])


def test_hidden_reply_keeps_its_answers_in_place(portal, asker, colleague, make_user):  # noqa: F811
    from peergroups.policy import ROLE_MODERATORS

    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(asker, portal)
    bad = thread_actions.do_reply(colleague, thread, body="ongepast")
    child = thread_actions.do_reply(asker, thread, body="reactie daarop", parent=bad)
    thread_actions.do_set_hidden(moderator, bad, hidden=True, note="Ongepast")
    nodes = threads.reply_tree(context_for(asker), thread)
    assert [n.reply.pk for n in nodes] == [bad.pk, child.pk]
    assert nodes[0].placeholder and not nodes[1].placeholder
    thread.refresh_from_db()
    assert thread.reply_count == 1
    assert Reply.objects.get(pk=bad.pk).hidden
