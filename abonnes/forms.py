"""The visitor's forms: subscribe (with its honeypot) and the profile of the management page."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Subscriber

PROFILE_FIELDS = ["first_name", "last_name", "organisation", "commune", "role", "language"]


class DsfrFieldsMixin:
    """DSFR classes on every widget, and the error text tied to its field for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            kind = "select" if isinstance(field.widget, forms.Select) else "input"
            field.dsfr_kind = kind
            field.widget.attrs.setdefault("class", f"fr-{kind}")
            if self.is_bound and name in self.errors:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-erreur"
                field.widget.attrs["aria-invalid"] = "true"


class SubscribeForm(DsfrFieldsMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Expected format: name@example.fr"),
        max_length=254,
        error_messages={
            "required": _("Type your e-mail address."),
            "invalid": _("This e-mail address is not valid: expected format name@example.fr."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    role = forms.ChoiceField(
        label=_("You are (optional)"), required=False, choices=[("", "—"), *Subscriber.Role.choices]
    )
    # The honeypot: hidden from people (CSS and aria-hidden), filled by robots that fill every field.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


class ProfileForm(DsfrFieldsMixin, forms.ModelForm):
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)

    class Meta:
        model = Subscriber
        fields = PROFILE_FIELDS
