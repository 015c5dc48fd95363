"""The site's words in each language (SiteTexts, translatable): created here, filled from the site
settings by 0005, removed from the settings by 0006."""

import django.db.models.deletion
import uuid
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0003_english_locale'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='SiteTexts',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('contact_label', models.CharField(default='Contacter la direction de programme :', help_text='Shown before the contact e-mail address of the site settings.', max_length=200, verbose_name='contact label')),
                ('default_credits', wagtail.fields.StreamField([('credit', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. “Directeur de publication”.', 'label': 'Role', 'max_length': 120}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Names', 'max_length': 400}), 2: ('wagtail.blocks.StructBlock', [[('role', 0), ('names', 1)]], {})}, help_text='Used by every issue whose own credits are empty.', verbose_name='default credits')),
                ('gdpr_notice', wagtail.fields.RichTextField(blank=True, help_text='Shown at the end of each issue and of each e-mail.', verbose_name='personal data notice')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'site texts',
                'verbose_name_plural': 'site texts',
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
    ]
