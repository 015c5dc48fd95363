"""`{% subscribe_form %}`: the subscribe form, for the home page and the end of every issue."""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse

from abonnes.forms import SubscribeForm
from core.templatetags.site_tags import subscribe_url

register = template.Library()


@register.simple_tag(takes_context=True)
def subscribe_form(context, form=None):
    request = context.get("request")
    return render_to_string(
        "abonnes/includes/subscribe_form.html",
        {
            "form": form or SubscribeForm(auto_id="abonnement-%s"),
            "action": reverse("subscribe"),
            "source": request.path if request else "",
        },
    )


@register.simple_tag(takes_context=True)
def subscribe_callout(context, spacing="fr-mt-6w"):
    """The form in a callout with its heading and introduction: the home page (`spacing` "fr-mb-6w")
    and the end of an issue page."""
    form = subscribe_form(context) if subscribe_url() else ""  # no form while its page is not served
    return render_to_string("abonnes/includes/subscribe_callout.html", {"form": form, "spacing": spacing})
