from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_studytrippage_image_studytrippage_municipalities_and_more"),
    ]

    operations = [
        migrations.RenameField(model_name="toolpage", old_name="url", new_name="external_url"),
    ]
