"""The image models move here from the home app (home/migrations/0002 made them). Only the migration
state moves: the models keep the tables home_portalimage and home_portalrendition (Meta.db_table),
so a database made before the move keeps its rows, ids, files and foreign keys untouched, and the
code before and after the move reads the same tables. home/migrations/0005 drops the home app's
state and renames the content types once cases and resources point their foreign keys here."""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='PortalImage',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('title', models.CharField(max_length=255, verbose_name='title')),
                    ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                    ('description', models.CharField(blank=True, default='', max_length=255, verbose_name='description')),
                    ('width', models.IntegerField(editable=False, verbose_name='width')),
                    ('height', models.IntegerField(editable=False, verbose_name='height')),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                    ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                    ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                    ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                    ('alt_text', models.CharField(blank=True, help_text='Describe what the image shows for people who cannot see it.', max_length=255, verbose_name='alt text')),
                    ('is_decorative', models.BooleanField(default=False, help_text='Tick only if the image adds nothing to the text; screen readers will skip it.', verbose_name='decorative')),
                    ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                    ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                    ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
                ],
                options={
                    'verbose_name': 'image',
                    'verbose_name_plural': 'images',
                    'db_table': 'home_portalimage',
                    'permissions': [('choose_image', 'Can choose image')],
                    'abstract': False,
                },
                bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
            ),
            migrations.CreateModel(
                name='PortalRendition',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('filter_spec', models.CharField(db_index=True, max_length=255)),
                    ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                    ('width', models.IntegerField(editable=False)),
                    ('height', models.IntegerField(editable=False)),
                    ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                    ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='core.portalimage')),
                ],
                options={
                    'db_table': 'home_portalrendition',
                    'unique_together': {('image', 'filter_spec', 'focal_point_key')},
                },
                bases=(wagtail.images.models.ImageFileMixin, models.Model),
            ),
            ],
            # The tables exist already (home/migrations/0002): nothing to do in the database.
            database_operations=[],
        ),
    ]
