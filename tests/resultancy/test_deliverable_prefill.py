"""A team's deliverable sent to the editors becomes the right kind of knowledge page.

An instrument becomes an instrument page under the instruments section, offered by the
organisation that raised the team's question; any other deliverable a case about that
organisation, with its type, layer, size and province filled in.
"""

import pytest

from knowledge.models import BestPracticePage, InstrumentIndexPage, InstrumentPage
from resultancy import actions
from resultancy.models import Deliverable

pytestmark = pytest.mark.django_db


def test_an_instrument_deliverable_becomes_an_instrument_page(cast, make_team):
    team = make_team("active")
    deliverable = actions.do_record_deliverable(
        cast.lead,
        team,
        title="Gedeelde klantmeting",
        summary="Een vragenlijst.",
        body="Zo werkt het.",
        kind="instrument",
    )
    page = actions.do_send_deliverable(cast.lead, deliverable).specific

    assert isinstance(page, InstrumentPage) and not page.live
    assert page.get_parent().specific_class is InstrumentIndexPage
    assert page.offered_by == team.issue.submitter_organisation.name == cast.svb.name
    assert "Zo werkt het." in str(page.how_to_use)
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.SENT and deliverable.knowledge_page_id == page.pk


def test_a_solution_deliverable_becomes_a_case_about_the_organisation_that_asked(cast, make_team):
    team = make_team("active", title="Europese samenwerking")
    deliverable = actions.do_record_deliverable(
        cast.lead, team, title="Een Europees loket", summary="Samen één loket.", body="De aanpak.", kind="solution"
    )
    page = actions.do_send_deliverable(cast.lead, deliverable).specific

    assert isinstance(page, BestPracticePage)
    assert page.organisation == cast.svb and page.organisation_name == "SVB"
    assert page.organisation_type == cast.svb.organisation_type
