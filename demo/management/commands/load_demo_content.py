from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Builds the demo site from the two seed issues (idempotent: run it again, nothing is duplicated) "
        "and prints the admin URL, username and password (quiet with -v 0)."
    )

    def handle(self, *args, **options):
        demo = load_demo_content()
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(
                _("Demo content ready: %(issues)d issues, %(resources)d resources, %(events)d events, "
                  "%(partners)d partners.") % {
                    "issues": len(demo.issues), "resources": len(demo.resources),
                    "events": len(demo.events), "partners": len(demo.partners),
                }
            ))
        # Always printed, even with -v 0: a generated password is shown only once.
        admin = demo.admin
        self.stdout.write(_("Admin: %(url)s") % {"url": admin.url})
        self.stdout.write(_("Username: %(username)s") % {"username": admin.username})
        if admin.password:
            self.stdout.write(_("Password: %(password)s") % {"password": admin.password})
        else:
            self.stdout.write(_("Password: unchanged (set DEMO_ADMIN_PASSWORD to choose a new one)."))
