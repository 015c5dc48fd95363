"""“3 questions à…”, “Le point de vue du maire”: a person answers questions or speaks freely."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from communes.blocks import communes_block
from core.blocks import RICH_TEXT_FEATURES, LinkBlock, PersonBlock


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), rows=2)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class InterviewValue(blocks.StructValue):
    @cached_property
    def answered_questions(self) -> list:
        """The questions actually written (a list block left untouched holds one empty question)."""
        return [qa for qa in self.get("questions") or [] if (qa.get("question") or "").strip()]

    @cached_property
    def heading(self) -> str:
        """The kicker written by the editor, or “N questions à” counted from the questions."""
        if self.get("kicker"):
            return self["kicker"]
        count = len(self.answered_questions)
        if not count:
            return ""
        return ngettext("%(count)d question to", "%(count)d questions to", count) % {"count": count}

    def heading_under(self, section_title: str) -> str:
        """The heading, unless the section heading the block sits under says it already (“3 questions à”
        under “3 questions à”): the source's words once."""
        heading = self.heading
        return "" if heading.strip().casefold() == (section_title or "").strip().casefold() else heading

    def title_under(self, section_title: str = "") -> str:
        """The heading of the block: “4 questions à Martin Sotton”, or the kicker alone
        (“Le point de vue du maire”) when it does not call for the name, or the name alone."""
        heading = self.heading_under(section_title)
        name = (self.get("person") or {}).get("name") or ""
        if heading and name and heading.rstrip().endswith((" à", " to")):
            return f"{heading.rstrip()} {name}"
        return heading or name

    @cached_property
    def title(self) -> str:
        return self.title_under("")


class InterviewBlock(blocks.StructBlock):
    kicker = blocks.CharBlock(
        label=_("Kicker"),
        required=False,
        max_length=200,
        help_text=_("E.g. “4 questions à”. Empty: “N questions à”, counted from the questions."),
    )
    person = PersonBlock(label=_("Person interviewed"))
    statement = blocks.RichTextBlock(
        label=_("Free text"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("For a point of view written without questions."),
    )
    questions = blocks.ListBlock(QuestionAnswerBlock(), label=_("Questions"), min_num=0)
    read_more = LinkBlock(label=_("“Read more” link"), required=False)
    communes = communes_block()

    class Meta:
        value_class = InterviewValue
        template = "lettre/blocks/interview.html"
        icon = "user"
        label = _("Interview")
        description = _("A person answers a few questions (“3 questions à…”) or gives a point of view.")
        preview_value = {
            "person": {"name": "Christophe Bouillon", "role": "Maire de Barentin et président de l'APVF"},
            "questions": [
                {
                    "question": "Quelle ambition portez-vous pour le programme ?",
                    "answer": "<p>La revitalisation des centres-villes et des centres-bourgs.</p>",
                }
            ],
        }

    def get_context(self, value, parent_context=None):
        """``heading`` and ``title`` under the section heading the block sits in (LettrePage.section_titles,
        keyed by block id; the e-mail hands the same)."""
        context = super().get_context(value, parent_context=parent_context)
        section_title = context.get("section_titles", {}).get(context.get("id"), "")
        context["heading"] = value.heading_under(section_title)
        context["title"] = value.title_under(section_title)
        name = (value.get("person") or {}).get("name") or ""
        context["name_said"] = bool(name) and context["title"].endswith(name)
        return context

    def clean(self, value):
        value = super().clean(value)
        if not value.get("questions") and not value.get("statement"):
            raise StructBlockValidationError(
                block_errors={
                    "statement": ValidationError(_("Write a free text or add at least one question."))
                }
            )
        return value
