"""Near-duplicates: before a partner, a resource or a theme is created (or renamed) with a name close to
an existing one — the same letters whatever the case, accents and punctuation, or a partner's acronym —
the admin form asks the editor to confirm that it is another one.

The forms here are the ``base_form_class`` of PartnerPage and ResourcePage and the form of the Theme
snippet; ``ConfirmSimilarPanel`` shows the confirmation box only when the form asks for it.
"""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

CONFIRM_FIELD = "confirm_not_duplicate"


def normalise(name: str) -> str:
    """“Établissement public-foncier ” → “etablissement public foncier”."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    letters = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", letters).split())


def keys(*names: str) -> set[str]:
    return {key for key in map(normalise, names) if key}


class ConfirmSimilarMixin(forms.Form):
    """``similar_names(cleaned_data)`` (in the model form) lists the existing objects close to this one."""

    confirm_not_duplicate = forms.BooleanField(
        label=gettext_lazy("It is not a duplicate: save it all the same"), required=False
    )
    name_field = "title"
    similar_message = gettext_lazy("A similar one already exists: %(names)s.")
    asks_confirmation = False

    def names_changed(self) -> bool:
        return not self.instance.pk or any(name in self.changed_data for name in self.compared_fields())

    def compared_fields(self) -> list[str]:
        return [self.name_field]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(CONFIRM_FIELD) or not self.names_changed() or self.name_field in self.errors:
            return cleaned_data
        similar = self.similar_names(cleaned_data)
        if similar:
            self.asks_confirmation = True
            names = ", ".join(f"« {name} »" for name in similar[:5])
            self.add_error(
                self.name_field,
                _("%(similar)s If it is another one, tick “It is not a duplicate” below and save again.")
                % {"similar": self.similar_message % {"names": names}},
            )
        return cleaned_data

    def others(self):
        return type(self.instance)._default_manager.exclude(pk=self.instance.pk)


class PartnerForm(ConfirmSimilarMixin, WagtailAdminPageForm):
    similar_message = gettext_lazy("A partner with a close name or acronym already exists: %(names)s.")

    def compared_fields(self):
        return ["title", "acronym"]

    def similar_names(self, cleaned_data) -> list[str]:
        wanted = keys(cleaned_data.get("title", ""), cleaned_data.get("acronym", ""))
        return [
            f"{title} ({acronym})" if acronym else title
            for title, acronym in self.others().values_list("title", "acronym")
            if keys(title, acronym) & wanted
        ]


class ResourceForm(ConfirmSimilarMixin, WagtailAdminPageForm):
    similar_message = gettext_lazy("A resource with a close title already exists: %(names)s.")

    def similar_names(self, cleaned_data) -> list[str]:
        wanted = keys(cleaned_data.get("title", ""))
        return [title for title in self.others().values_list("title", flat=True) if keys(title) & wanted]


class ThemeForm(ConfirmSimilarMixin, WagtailAdminModelForm):
    name_field = "name"
    similar_message = gettext_lazy("A theme with a close name already exists: %(names)s.")

    def similar_names(self, cleaned_data) -> list[str]:
        wanted = keys(cleaned_data.get("name", ""))
        return [name for name in self.others().values_list("name", flat=True) if keys(name) & wanted]


class ConfirmSimilarPanel(FieldPanel):
    """The confirmation box, shown only when the form found a similar name."""

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", CONFIRM_FIELD)
        super().__init__(**kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return getattr(self.form, "asks_confirmation", False) and super().is_shown()
