"""Policy and actions of the Huis van benchmarks: who may do what, and the exact audit trail."""

import threading
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from peergroups import policy as permissions
from peergroups.benchmarks import actions
from peergroups.models import BenchmarkValue, BenchmarkValueChange

pytestmark = pytest.mark.django_db


def ctx(user):
    return permissions.fresh_context(user)


@pytest.mark.parametrize(
    "role, sees_round, sees_values, enters, manages",
    [
        ("visitor", False, False, False, False),
        ("other_member", True, False, False, False),
        ("own_member", True, True, False, False),
        ("contact", True, True, True, False),
        ("coordinator", True, False, False, True),
        ("admin", True, True, False, True),
    ],
)
def test_permission_matrix(bench, role, sees_round, sees_values, enters, manages):
    c = ctx(bench.people[role])
    assert permissions.can_view_round(c, bench.round) is sees_round
    assert permissions.can_see_own_values(c, bench.participation) is sees_values
    assert permissions.can_enter_values(c, bench.participation) is enters
    assert permissions.can_manage_round(c, bench.round) is manages


def test_round_hidden_from_uninvited_members_until_published(bench, make_user, make_organisation):
    outsider = make_user(organisation=make_organisation())
    from peergroups.models import BenchmarkRound

    assert not BenchmarkRound.objects.filter(permissions.rounds_visible_to(ctx(outsider))).exists()
    assert not permissions.can_view_round(ctx(outsider), bench.round)
    actions.do_close_round(bench.people["coordinator"], bench.round)
    actions.do_publish_round(bench.people["coordinator"], bench.round)
    assert BenchmarkRound.objects.filter(permissions.rounds_visible_to(ctx(outsider))).count() == 1


def test_catalogue_keepers(bench):
    assert permissions.can_edit_indicator(ctx(bench.people["coordinator"]), bench.indicator)
    assert not permissions.can_edit_indicator(ctx(bench.people["coordinator"]), bench.percent)
    assert permissions.can_edit_indicator(ctx(bench.people["editor"]), bench.percent)
    with pytest.raises(PermissionDenied):
        actions.do_save_indicator(bench.people["contact"], name="X", definition="x", unit="%")


def test_every_change_is_recorded_and_closed_rounds_refuse(bench):
    contact = bench.people["contact"]
    assert actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("6.5")}) == 1
    assert actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("6.5")}) == 0
    actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("7.2")})
    trail = list(BenchmarkValueChange.objects.values_list("old_value", "new_value", "changed_by", "source"))
    assert trail == [(None, Decimal("6.5"), contact.pk, "form"), (Decimal("6.5"), Decimal("7.2"), contact.pk, "form")]
    with pytest.raises(ValidationError, match="hoogste geldige waarde"):
        actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("11")})
    with pytest.raises(PermissionDenied):
        actions.do_set_values(bench.people["own_member"], bench.participation, {bench.indicator: Decimal("8")})
    actions.do_close_round(bench.people["coordinator"], bench.round)
    with pytest.raises(PermissionDenied):
        actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("8")})
    assert BenchmarkValue.objects.get().value == Decimal("7.2")


def test_naming_a_contact(bench):
    colleague, stranger = bench.people["own_member"], bench.people["other_member"]
    with pytest.raises(PermissionDenied):
        actions.do_name_contact(stranger, bench.own, colleague)
    actions.do_name_contact(bench.people["contact"], bench.own, colleague)
    assert permissions.is_benchmark_contact(ctx(colleague), bench.own.pk)
    with pytest.raises(ValidationError):
        actions.do_name_contact(bench.people["admin"], bench.own, stranger)


@pytest.mark.django_db(transaction=True)
def test_concurrent_edits_keep_the_trail_exact(bench):
    contact = bench.people["contact"]
    actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal("5")})
    errors = []

    def save(value):
        try:
            actions.do_set_values(contact, bench.participation, {bench.indicator: Decimal(value)})
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(v,)) for v in ("6", "8")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    trail = list(BenchmarkValueChange.objects.order_by("id").values_list("old_value", "new_value"))
    assert len(trail) == 3
    # Each change starts from the value the previous one left: no lost update.
    for (_old, new), (next_old, _new) in zip(trail, trail[1:], strict=False):
        assert new == next_old
    assert BenchmarkValue.objects.get().value == trail[-1][1]
