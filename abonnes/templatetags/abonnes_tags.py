"""`{% subscribe_form %}`: the subscribe form, for the home page and the end of every issue."""

from django import template
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse

from abonnes.forms import SubscribeForm

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
    try:
        form = subscribe_form(context)
    except NoReverseMatch:  # the subscription pages are not served (a project without abonnes' URLs)
        form = ""
    return render_to_string("abonnes/includes/subscribe_callout.html", {"form": form, "spacing": spacing})
