"""Search benchmarks (`python -m benchmarks.search`, run by `make bench`): our layer against the raw
engines and stock Wagtail search on a synthetic corpus; writes docs/benchmarks.md."""
