"""A study trip page's image points at the image model's new home, core.PortalImage (core/migrations/0001).
State only: the column and its constraint already name the same table, home_portalimage."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('resources', '0005_alter_studytrippage_initiatives_visited_and_more'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='studytrippage',
                    name='image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.portalimage', verbose_name='image'),
                ),
            ],
            database_operations=[],
        ),
    ]
