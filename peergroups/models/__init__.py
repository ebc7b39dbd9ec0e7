"""Models of the peer network, one module per concern; import them from here."""

from .content import Document, Meeting, MeetingAttendance, RegionalActivity
from .groups import (
    WORKING_GROUP_CAPACITY,
    WORKING_GROUP_MINIMUM,
    PeerGroup,
    Spearhead,
    SpearheadUpdate,
    WorkingGroup,
)
from .notifications import ContactMessage, EmailFrequency, Notification, NotificationSettings
from .people import (
    LearningQuestion,
    MemberProfile,
    Organisation,
    OrganisationDomain,
    PolicyDomain,
    Theme,
    User,
    UserManager,
)
from .spaces import (
    LISTED_VISIBILITIES,
    Activity,
    Invitation,
    JoinRequest,
    Membership,
    Role,
    Space,
    SpaceKind,
    Visibility,
    WaitingListEntry,
)

__all__ = [
    "LISTED_VISIBILITIES",
    "WORKING_GROUP_CAPACITY",
    "WORKING_GROUP_MINIMUM",
    "Activity",
    "ContactMessage",
    "Document",
    "EmailFrequency",
    "Invitation",
    "JoinRequest",
    "LearningQuestion",
    "Meeting",
    "MeetingAttendance",
    "MemberProfile",
    "Membership",
    "Notification",
    "NotificationSettings",
    "Organisation",
    "OrganisationDomain",
    "PeerGroup",
    "PolicyDomain",
    "RegionalActivity",
    "Role",
    "Space",
    "SpaceKind",
    "Spearhead",
    "SpearheadUpdate",
    "Theme",
    "User",
    "UserManager",
    "Visibility",
    "WaitingListEntry",
    "WorkingGroup",
]
