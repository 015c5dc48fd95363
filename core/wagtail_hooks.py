from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .languages import only_in_its_language
from .models import SiteTexts

hooks.register("before_serve_page", only_in_its_language)
register_snippet(SiteTexts)
