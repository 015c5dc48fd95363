from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0005_site_texts_from_settings'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='sitesettings',
            name='contact_label',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='default_credits',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='gdpr_notice',
        ),
    ]
