"""The tool's document and the study trip's report point at the portal's document model; its
rows were copied from Wagtail's with their ids (documents/0002), so every link stays."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0002_copy_wagtail_documents'),
        ('resources', '0008_study_trip_meeting_place_address'),
    ]

    operations = [
        migrations.AlterField(
            model_name='studytrippage',
            name='report',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='documents.portaldocument', verbose_name='report'),
        ),
        migrations.AlterField(
            model_name='toolpage',
            name='document',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='documents.portaldocument', verbose_name='document'),
        ),
    ]
