"""The review step of the workflow "Redactionele review": four eyes, always.

Wagtail's group approval task lets any member of the reviewing group approve,
including the editor who submitted the page. The redactie wants a *second*
editor to look at every page, so this task refuses the actions to the person
who submitted the page and to the author of the revision under review. The
rule itself lives in the policy module
(:func:`peergroups.policy.can_review_knowledge_submission`).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, WorkflowState
from wagtail.signals import workflow_approved

from peergroups.policy import can_review_knowledge_submission, context_for


def _submission_of(task_state) -> tuple[int | None, int | None]:
    """(submitted by, revision author) of a task state."""
    return task_state.workflow_state.requested_by_id, task_state.revision.user_id


class EditorialReviewTask(AbstractGroupApprovalTask):
    """Group approval by the redactie, never by the submitter or author themselves."""

    class Meta:
        verbose_name = _("editorial review (second editor)")
        verbose_name_plural = _("editorial reviews (second editor)")

    @classmethod
    def get_description(cls):
        return _("An editor other than the one who submitted the page approves it or asks for changes.")

    def may_review(self, task_state, user) -> bool:
        submitted_by, author = _submission_of(task_state)
        return can_review_knowledge_submission(
            context_for(user), submitted_by_id=submitted_by, revision_author_id=author
        )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return actions
        task_state = obj.current_workflow_task_state
        if task_state is None or task_state.task_id != self.pk or not self.may_review(task_state, user):
            return []
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Checked again here, so no view or API path can approve its own submission.
        if not self.may_review(task_state, user):
            raise PermissionDenied(_("Another editor must review this page; you cannot review your own submission."))
        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        self.check_publishable(task_state.workflow_state.content_object.get_latest_revision())
        task_state.approve(user=user, update=False, **kwargs)
        workflow_state = task_state.workflow_state
        if workflow_state.get_next_task() is not None:
            workflow_state.update(user=user)  # another step follows
        else:
            self.finish_and_publish(workflow_state, user)

    @staticmethod
    def check_publishable(revision):
        """Refuse approval of a page that could not be published (e.g. a draft still missing its facts)."""
        try:
            revision.as_object().full_clean()
        except ValidationError as exc:
            fields = ", ".join(sorted(exc.message_dict)) if hasattr(exc, "error_dict") else ""
            raise PermissionDenied(
                _("This page is not complete yet (%(fields)s); ask for changes instead of approving it.")
                % {"fields": fields}
            ) from exc

    @staticmethod
    def finish_and_publish(workflow_state, user):
        """What ``WorkflowState.finish`` does, publishing on the approver's review authority."""
        workflow_state.status = WorkflowState.STATUS_APPROVED
        workflow_state.save()
        revision = workflow_state.content_object.get_latest_revision()
        revision.publish(user=user, skip_permission_checks=True)
        workflow_approved.send(sender=WorkflowState, instance=workflow_state, user=user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user).exclude(revision__user=user)

    def user_can_lock(self, obj, user):
        task_state = obj.current_workflow_task_state
        return super().user_can_lock(obj, user) and task_state is not None and self.may_review(task_state, user)
