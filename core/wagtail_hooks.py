from wagtail import hooks

from .languages import only_in_its_language

hooks.register("before_serve_page", only_in_its_language)
