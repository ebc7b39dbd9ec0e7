"""The platform's role groups keep their Wagtail permissions after every migrate and flush."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from peergroups.core.roles import ROLE_PERMISSIONS
from peergroups.policy import ROLE_EDITORS, ROLE_SITE_ADMINS


def granted(name):
    group = Group.objects.get(name=name)
    return set(group.permissions.values_list("content_type__app_label", "codename"))


@pytest.mark.django_db(transaction=True)
def test_role_groups_have_their_permissions_after_a_flush():
    """A flush (as between transactional tests) empties the permissions table and recreates it
    app by app; peergroups' turn comes before Wagtail admin's, whose access_admin an editor needs."""
    call_command("flush", interactive=False, verbosity=0)
    for name in (ROLE_EDITORS, ROLE_SITE_ADMINS):
        assert ("wagtailadmin", "access_admin") in granted(name), name
        assert set(ROLE_PERMISSIONS[name]) <= granted(name), name
