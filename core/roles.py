"""The editorial roles of the admin, created by core's migration 0008 (French names, shown as they are):
who writes, who publishes, who is responsible for the newsletter; and the newsletter's workflow.

Other apps grant their own permissions to these groups by name (the subscribers' “send to subscribers”
goes to ``NEWSLETTER_MANAGERS``, in that app's migration)."""

WRITERS = "Rédacteurs"
EDITORS = "Éditeurs"
NEWSLETTER_MANAGERS = "Responsables de la lettre"

PAGES_WORKFLOW = "Validation des pages"
PAGES_TASK = "Relecture par les éditeurs"
NEWSLETTER_WORKFLOW = "Validation de la lettre"
NEWSLETTER_TASK = "Validation par les responsables de la lettre"

# The site's own guide for the editors (a content page under the home page; the admin's help menu opens it).
EDITOR_GUIDE_SLUG = "guide-de-l-editeur"
