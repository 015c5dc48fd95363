"""Columns of the admin listings that Wagtail leaves in English."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A tick or a cross, named « Oui » / « Non » for screen readers (Wagtail's says "True"/"False")."""

    cell_template_name = "core/admin/yes_no_cell.html"
