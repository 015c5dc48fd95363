import os

from django.core.wsgi import get_wsgi_application

from pvd_site.environment import DEFAULT_SETTINGS_MODULE, read_env_file

read_env_file()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS_MODULE)
application = get_wsgi_application()
