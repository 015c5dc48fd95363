"""Factories (factory-boy, wagtail-factories) for every page and piece of content the tests build.

A page is created under its ``parent`` and saved as a revision that is published (``publish=False``:
left a draft), as an editor would; ParentalManyToMany values (``themes``) go into that revision.
The fixtures of tests/conftest.py bind each page factory to its section.
"""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from agenda.models import EventIndexPage, EventPage
from core.dates import PARIS
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import PartnerIndexPage, PartnerPage, ResourceIndexPage, ResourcePage, Theme


def paris(*args) -> datetime.datetime:
    """A moment in Paris time: ``paris(2021, 5, 20, 14, 0)``."""
    return datetime.datetime(*args, tzinfo=PARIS)


class SitePageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, publish=True, **kwargs):
        parental = [f.name for f in model_class._meta.get_fields() if isinstance(f, ParentalManyToManyField)]
        related = {name: kwargs.pop(name) for name in parental if name in kwargs}
        page = super()._create(model_class, *args, **kwargs)
        for name, values in related.items():
            getattr(page, name).set(values)
        revision = page.save_revision()
        if publish:
            revision.publish()
        else:
            page.unpublish()
        page.refresh_from_db()
        return page


class LettreIndexPageFactory(SitePageFactory):
    title = "Les lettres"
    slug = "lettres"
    show_in_menus = True

    class Meta:
        model = LettreIndexPage


class IssueFactory(SitePageFactory):
    number = factory.Sequence(lambda n: 101 + n)
    title = factory.LazyAttribute(lambda issue: f"Lettre numéro {issue.number}")
    slug = factory.LazyAttribute(lambda issue: f"lettre-{issue.number}")
    issue_date = datetime.date(2021, 5, 12)
    body = factory.LazyFunction(list)

    class Meta:
        model = LettrePage


class ResourceIndexPageFactory(SitePageFactory):
    title = "Bibliothèque de ressources"
    slug = "ressources"

    class Meta:
        model = ResourceIndexPage


class PartnerIndexPageFactory(SitePageFactory):
    title = "Partenaires"
    slug = "partenaires"

    class Meta:
        model = PartnerIndexPage


class EventIndexPageFactory(SitePageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thématique {n}")

    class Meta:
        model = Theme


class PartnerFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Partenaire {n}")
    slug = factory.LazyAttribute(lambda partner: slugify(partner.title))

    class Meta:
        model = PartnerPage


class ResourceFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Ressource {n}")
    slug = factory.Sequence(lambda n: f"ressource-{n}")
    summary = factory.LazyAttribute(lambda resource: f"Résumé de {resource.title}.")
    publication_date = datetime.date(2021, 5, 12)
    document = None
    external_url = factory.LazyAttribute(lambda resource: "" if resource.document else "https://example.org/ressource")

    class Meta:
        model = ResourcePage


class EventFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Webinaire {n}")
    slug = factory.Sequence(lambda n: f"evenement-{n}")
    start = datetime.datetime(2021, 5, 20, 14, 0, tzinfo=datetime.UTC)
    end = factory.LazyAttribute(lambda event: event.start + event.duration)

    class Meta:
        model = EventPage

    class Params:
        duration = datetime.timedelta(hours=1, minutes=30)


def jpeg(size, color) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    """An image of the library; ``alt`` is its description (the default alt text)."""

    title = "Photo"
    description = factory.LazyAttribute(lambda image: image.alt)
    file = factory.LazyAttribute(
        lambda image: ImageFile(io.BytesIO(jpeg(image.size, image.color)), name=f"{slugify(image.title)}.jpg")
    )

    class Meta:
        model = get_image_model()

    class Params:
        alt = "Une photo de test"
        size = (800, 450)
        color = (0, 0, 145)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A PDF of the library, of ``size`` bytes after its header."""

    title = "Guide"
    file = factory.LazyAttribute(lambda document: ContentFile(b"%PDF-1.4 " + b"0" * document.size,
                                                              name=document.name))

    class Meta:
        model = get_document_model()

    class Params:
        name = "guide.pdf"
        size = 2048
