"""Page benchmarks (`python -m benchmarks.pages`, run by `make bench`): response times and SQL
queries of every public page type on the demo content; writes docs/page-benchmarks.md."""
