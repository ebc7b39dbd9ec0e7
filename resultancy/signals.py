"""Signal handlers: a published knowledge page marks the deliverable it came from as published."""


def deliverable_page_published(sender, instance, **kwargs):
    from .actions import mark_published

    mark_published(instance)
