"""What publishing would refuse in a draft: Wagtail saves drafts without checking required fields, so a
draft's blocks may have gaps (an interview question left unanswered). The test send checks the draft
as publishing would and names each missing value, e.g. “Contenu › bloc 2 (Interview) › Questions ›
élément 2 › Réponse : Champ requis.”

Gaps are the errors a draft skips: required values (code ``required``) and the blocks' own rules
(“choose an event or write a title”, no code). A malformed value (an address that is not a URL, code
``invalid``) cannot be typed in the admin; the renderer handles what an import may have stored.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail import blocks

GAP_CODES = {"required", None}


def problem(where: str, message: str) -> str:
    return _("%(where)s: %(message)s") % {"where": where, "message": message}


def leaf_gaps(error: ValidationError, path: list[str]) -> list[str]:
    return [
        problem(" › ".join(path), message)
        for item in error.error_list
        if item.code in GAP_CODES
        for message in item.messages
    ]


def child_step(block, key) -> tuple[object, str]:
    if isinstance(block, blocks.StructBlock):
        child = block.child_blocks[key]
        return child, str(child.label)
    if isinstance(block, blocks.ListBlock):
        return block.child_block, _("item %(n)s") % {"n": int(key) + 1}
    return block, ""


def gaps(block, error: ValidationError, path: list[str]) -> list[str]:
    """Walk Wagtail's nested block errors alongside the block definitions, labelling each step."""
    block_errors = getattr(error, "block_errors", None)
    if block_errors is None:
        return leaf_gaps(error, path)
    found = []
    for non_block in getattr(error, "non_block_errors", None) or []:
        found += leaf_gaps(
            non_block if isinstance(non_block, ValidationError) else ValidationError(non_block), path
        )
    for key, child_error in block_errors.items():
        child, step = child_step(block, key)
        found += gaps(child, child_error, [*path, step] if step else path)
    return found


def stream_gaps(field_label: str, stream_block, value) -> list[str]:
    try:
        stream_block.clean(value)
    except ValidationError as error:
        found = [
            problem(field_label, str(message)) for message in getattr(error, "non_block_errors", None) or []
        ]
        types = [child.block_type for child in value]
        for index, block_error in (getattr(error, "block_errors", None) or {}).items():
            child = stream_block.child_blocks[types[int(index)]]
            step = _("block %(n)s (%(type)s)") % {"n": int(index) + 1, "type": child.label}
            found += gaps(child, block_error, [field_label, step])
        return found
    return []


def publish_errors(page) -> list[str]:
    """The gaps of `page`'s stream fields that publishing would refuse, labelled for the editor."""
    found = []
    for field in page._meta.get_fields():
        stream_block = getattr(field, "stream_block", None)
        if stream_block is not None:
            found += stream_gaps(
                str(field.verbose_name).capitalize(), stream_block, getattr(page, field.name)
            )
    return found
