"""The admin's forms of an import: the upload (with the number and date when the file has no masthead,
and the archive when there are several), then the confirmation of the report."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from lettre.models import LettreIndexPage, LettrePage

from .upload import EXTENSIONS, MAX_UPLOAD_BYTES, size_error


def importable_indexes(user):
    """The archives under which ``user`` may add an issue."""
    return [
        index
        for index in LettreIndexPage.objects.order_by("path").select_related("locale")
        if LettrePage.can_create_at(index) and index.permissions_for_user(user).can_add_subpage()
    ]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File of the issue"),
        help_text=_(
            "The e-mail's HTML (.html, .htm), its text (.md, .txt), or a .zip of one of them with its "
            "images; 20 MB at most."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    number = forms.IntegerField(
        label=_("Number"),
        required=False,
        min_value=1,
        help_text=_("Empty: the number of the file's masthead (“#4”)."),
    )
    issue_date = forms.DateField(
        label=_("Date of the issue"),
        required=False,
        widget=AdminDateInput(),
        help_text=_("Empty: the date of the file's masthead (“12 MAI 2021”)."),
    )
    index = forms.ModelChoiceField(
        queryset=LettreIndexPage.objects.none(), label=_("Archive"), empty_label=None, required=False
    )

    def __init__(self, *args, indexes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.indexes = list(indexes)
        self.fields["index"].queryset = LettreIndexPage.objects.filter(pk__in=[index.pk for index in indexes])
        if len(indexes) == 1:
            self.fields["index"].widget = forms.HiddenInput()
            self.fields["index"].initial = indexes[0].pk

    def clean_index(self):
        """The archive chosen, or the first one the editor may add to."""
        return self.cleaned_data.get("index") or (self.indexes[0] if self.indexes else None)

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(size_error().message)
        return file

    def ask_for_number_and_date(self, message):
        self.add_error(None, message)
        for name in ("number", "issue_date"):
            self.fields[name].required = True
            if not self.cleaned_data.get(name):
                self.add_error(name, _("The file does not say it: write it here."))


class ConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput())
    replace = forms.BooleanField(label=_("Replace this draft with the imported issue"), required=False)
