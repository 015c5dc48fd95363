"""SiteSettings now belongs to core (core/migrations/0001): home forgets the model, its table stays."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_content_page_h2'),
        ('core', '0001_site_settings_from_home'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel(name='SiteSettings')],
        ),
    ]
