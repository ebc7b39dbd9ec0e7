"""Groups and their spaces: membership actions, views, forms, sections, content and work plans."""
