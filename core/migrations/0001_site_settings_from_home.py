"""SiteSettings moves from the home app to core: core takes over the model and its table as they
are (no data is copied), then 0002 renames the table and moves the content type and permissions."""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0003_content_page_h2'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='SiteSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('publisher', models.CharField(default='Agence nationale de la cohésion des territoires', max_length=200, verbose_name='publisher')),
                        ('contact_label', models.CharField(default='Contacter la direction de programme :', max_length=200, verbose_name='contact label')),
                        ('contact_email', models.EmailField(default='petitesvillesdedemain@anct.gouv.fr', max_length=254, verbose_name='contact e-mail')),
                        ('linkedin_url', models.URLField(blank=True, verbose_name='LinkedIn page')),
                        ('scoopit_url', models.URLField(blank=True, verbose_name='Scoop.it page')),
                        ('programme_url', models.URLField(blank=True, help_text='Linked from the footer and at the end of each issue.', verbose_name='programme page on the ANCT site')),
                        ('default_credits', wagtail.fields.StreamField([('credit', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. “Directeur de publication”.', 'label': 'Role', 'max_length': 120}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Names', 'max_length': 400}), 2: ('wagtail.blocks.StructBlock', [[('role', 0), ('names', 1)]], {})}, help_text='Used by every issue whose own credits are empty.', verbose_name='default credits')),
                        ('gdpr_notice', wagtail.fields.RichTextField(blank=True, help_text='Shown at the end of each issue and of each e-mail.', verbose_name='personal data notice')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'site settings',
                        'db_table': 'home_sitesettings',
                    },
                ),
            ],
        ),
    ]
