"""gunicorn settings for the `web` process (Procfile): `gunicorn pvd_site.wsgi --config gunicorn.conf.py`."""

from pvd_site.environment import env, read_env_file

read_env_file()

bind = f"{env.str('GUNICORN_BIND_HOST', default='0.0.0.0')}:{env.int('PORT', default=8000)}"
workers = env.int("WEB_CONCURRENCY", default=3)
threads = env.int("GUNICORN_THREADS", default=1)
# A request that takes longer is a bug or an attack: the worker is killed and replaced.
timeout = env.int("GUNICORN_TIMEOUT", default=30)
graceful_timeout = env.int("GUNICORN_GRACEFUL_TIMEOUT", default=20)
keepalive = 5
# Replace each worker now and then, so that no memory growth lasts.
max_requests = env.int("GUNICORN_MAX_REQUESTS", default=1000)
max_requests_jitter = 100
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
# Load the application once in the master: workers start faster and share memory.
preload_app = env.bool("GUNICORN_PRELOAD", default=True)
