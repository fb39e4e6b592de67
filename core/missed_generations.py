"""Cache generations whose start the shared cache did not take (core.cache.start_generation): kept
in the database until the worker can start them (`settle_cache_generations`)."""

from django.db import models


class MissedGenerationStart(models.Model):
    key = models.CharField(max_length=200, unique=True)
    missed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "missed cache generation start"

    def __str__(self):
        return self.key
