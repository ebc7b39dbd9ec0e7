"""What resultancy shows elsewhere: theme pages, search documents, the team space's page."""

import pytest

from knowledge.registry import theme_listings
from peergroups.models import Theme
from peergroups.policy import context_for, fresh_context
from resultancy import actions
from resultancy.documents import deliverable_document, issue_document, team_document
from resultancy.models import TeamStatus
from search.indexing import schedule  # noqa: F401  (the kinds must be registered)
from search.registry import kinds

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return Theme.objects.create(name="Klantoriëntatie", slug="klant-test", kind="pillar")


def test_kinds_are_registered():
    assert {"strategic_issue", "resultancy_team", "deliverable"} <= set(kinds())


def test_audiences_follow_the_policy(cast, issue, make_team):
    assert issue_document(issue).audience == "members"
    open_team = make_team("active")
    secret_team = make_team("active", visibility="secret", title="Geheim")
    assert team_document(open_team).audience == "public"
    assert team_document(secret_team).audience == "space"
    assert team_document(secret_team).space_id == secret_team.space.pk
    draft = actions.do_record_deliverable(cast.lead, open_team, title="T", summary="S", body="B", kind="advice")
    assert deliverable_document(draft).audience == "space"  # drafts are for the team
    actions.do_send_deliverable(cast.lead, draft)
    draft.refresh_from_db()
    assert deliverable_document(draft).audience == "public"


def test_theme_page_lists_visible_teams_and_published_deliverables(cast, make_team, theme):
    team = make_team("active")
    secret = make_team("active", visibility="secret", title="Geheim team")
    for t in (team, secret):
        t.space.themes.set([theme])
    deliverable = actions.do_record_deliverable(
        cast.lead, team, title="Meting", summary="S", body="B", kind="instrument"
    )
    page = actions.do_send_deliverable(cast.lead, deliverable)

    def titles(ctx):
        listings = theme_listings(theme, ctx=ctx)
        return {x.key: [i.title for i in x.items] for x in listings if x.key.startswith("resultancy_")}

    assert titles(context_for(None))["resultancy_teams"] == [team.title]
    assert "resultancy_deliverables" not in titles(context_for(None))  # not published yet
    assert sorted(titles(fresh_context(cast.lead))["resultancy_teams"]) == sorted([team.title, secret.title])
    page = page.specific
    page.organisation_name, page.organisation_type, page.government_layer = "RBB", "samenwerkingsverband", "nationaal"
    page.save_revision(clean=False).publish()
    assert titles(context_for(None))["resultancy_deliverables"] == ["Meting"]


def test_the_team_space_page_links_to_the_team(client, make_team):
    team = make_team(TeamStatus.FORMING)
    html = client.get(team.space.get_absolute_url()).content.decode()
    assert team.get_absolute_url() in html
