"""Platform-wide roles as Django groups, created after every migrate.

Per-group roles (coordinator, team lead) are memberships, not Django groups;
they come with the spaces that have them.
"""

from django.contrib.auth.models import Group, Permission

# Names of the platform-wide roles (the policy asks for them by these names).
ROLE_EDITORS = "Redactie"
ROLE_MODERATORS = "Moderatoren"
ROLE_SITE_ADMINS = "Beheerders"
ROLE_NETWORK_COORDINATORS = "Netwerkcoördinatoren"

# Django permissions each role needs outside our own policy module: Wagtail's
# admin is the editors' workplace, so it checks its own permissions.
ROLE_PERMISSIONS = {
    ROLE_EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    ROLE_MODERATORS: [],
    ROLE_NETWORK_COORDINATORS: [],  # triage strategic issues, form resultancy teams
    ROLE_SITE_ADMINS: [("wagtailadmin", "access_admin")],
}


def ensure_role_groups(sender=None, **kwargs):
    """Create the role groups and give them their permissions (idempotent).

    Runs on peergroups' ``post_migrate``, which comes before that of the apps whose permissions
    the roles take (``wagtail.admin`` is later in INSTALLED_APPS). After a fresh ``migrate`` those
    exist already; after a ``flush`` (every transactional test) they do not yet, and an editor
    silently lost Wagtail's ``access_admin``. So their permissions are created here first."""
    if sender is not None and sender.name != "peergroups":
        return
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for app_label in {label for perms in ROLE_PERMISSIONS.values() for label, _codename in perms}:
        create_permissions(global_apps.get_app_config(app_label), verbosity=0, using=kwargs.get("using", "default"))
    for name, perms in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                group.permissions.add(permission)
