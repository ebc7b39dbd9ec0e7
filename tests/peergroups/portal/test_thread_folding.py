"""Long branches of a thread are folded: the first answers show, the rest on request (link or htmx)."""

import pytest

from peergroups.models import REPLIES_PER_PAGE
from peergroups.models.threads import SHOWN_PER_BRANCH
from peergroups.policy import context_for
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


@pytest.fixture
def branch(portal, make_user):  # noqa: F811
    asker, colleague = make_user(first_name="Anke"), make_user(first_name="Bart")
    thread = ask(asker, portal)
    root = thread_actions.do_reply(colleague, thread, body="Het eerste antwoord")
    answers = [
        thread_actions.do_reply(asker if i % 2 else colleague, thread, body=f"Reactie nummer {i}", parent=root)
        for i in range(SHOWN_PER_BRANCH + 4)
    ]
    return thread, root, answers, colleague


def test_a_long_branch_shows_its_first_answers_and_a_link_to_the_rest(client, branch):
    thread, root, answers, colleague = branch
    client.force_login(colleague)
    html = client.get(thread.get_absolute_url()).content.decode()
    shown, folded = answers[:SHOWN_PER_BRANCH], answers[SHOWN_PER_BRANCH:]
    assert all(f'id="reactie-{a.pk}"' in html for a in shown)
    assert not any(f'id="reactie-{a.pk}"' in html for a in folded)
    assert f'href="?tak={root.pk}#reactie-{root.pk}"' in html  # works without JavaScript
    assert f'hx-get="?tak={root.pk}&amp;deel=tak"' in html
    assert "Toon nog 4 reacties in dit gesprek" in html


def test_the_link_opens_the_whole_branch(client, branch):
    thread, root, answers, colleague = branch
    client.force_login(colleague)
    html = client.get(f"{thread.get_absolute_url()}?tak={root.pk}").content.decode()
    assert all(f'id="reactie-{a.pk}"' in html for a in answers)
    assert "Toon nog" not in html


def test_htmx_loads_only_the_folded_answers(client, branch):
    thread, root, answers, colleague = branch
    client.force_login(colleague)
    response = client.get(f"{thread.get_absolute_url()}?tak={root.pk}&deel=tak", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert [a.pk for a in answers[SHOWN_PER_BRANCH:]] == [
        a.pk for a in answers if f'id="reactie-{a.pk}"' in html
    ]


def test_a_permalink_to_a_folded_answer_opens_its_branch(client, branch):
    thread, root, answers, colleague = branch
    client.force_login(colleague)
    shown, folded = answers[0], answers[-1]
    assert client.get(f"/vraagbaak/reactie/{shown.pk}/")["Location"] == (
        f"{thread.get_absolute_url()}#reactie-{shown.pk}"
    )
    location = client.get(f"/vraagbaak/reactie/{folded.pk}/")["Location"]
    assert location == f"{thread.get_absolute_url()}?tak={root.pk}#reactie-{folded.pk}"
    assert f'id="reactie-{folded.pk}"' in client.get(location.split("#")[0]).content.decode()


def test_a_permalink_to_a_folded_answer_on_page_three_lands_on_page_three(client, portal, make_user):  # noqa: F811
    asker, colleague = make_user(first_name="Anke"), make_user(first_name="Bart")
    thread = ask(asker, portal)
    roots = [thread_actions.do_reply(colleague, thread, body=f"antwoord {i}") for i in range(2 * REPLIES_PER_PAGE + 1)]
    last = roots[-1]
    answers = [
        thread_actions.do_reply(asker, thread, body=f"reactie {i}", parent=last) for i in range(SHOWN_PER_BRANCH + 2)
    ]
    client.force_login(colleague)
    location = client.get(f"/vraagbaak/reactie/{answers[-1].pk}/")["Location"]
    assert location == f"{thread.get_absolute_url()}?pagina=3&tak={last.pk}#reactie-{answers[-1].pk}"
    assert f'id="reactie-{answers[-1].pk}"' in client.get(location.split("#")[0]).content.decode()
    page, pages, root_ids = threads.reply_page(context_for(colleague), thread, 3)
    assert (page, pages, root_ids) == (3, 3, [last.pk])
    assert threads.reply_page(context_for(colleague), thread, 99)[:2] == (3, 3)  # past the end: the last page
