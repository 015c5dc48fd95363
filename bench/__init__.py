"""`manage.py bench_site` (`make bench`): the figures of docs/performance.md. Above every content
app (it reads them all and the search's bench data); never imported by them."""
