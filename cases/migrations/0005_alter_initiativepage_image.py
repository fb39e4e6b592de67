"""An initiative page's image points at the image model's new home, core.PortalImage (core/migrations/0001).
State only: the column and its constraint already name the same table, home_portalimage."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_alter_challenge_legal_bases_alter_challenge_themes_and_more'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='initiativepage',
                    name='image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.portalimage', verbose_name='main image'),
                ),
            ],
            database_operations=[],
        ),
    ]
