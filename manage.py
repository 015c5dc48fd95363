#!/usr/bin/env python
import os
import sys

from pvd_site.environment import DEFAULT_SETTINGS_MODULE, read_env_file

if __name__ == "__main__":
    read_env_file()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS_MODULE)
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        # A missing setting is one line for the operator, not a traceback.
        sys.exit(f"{os.environ['DJANGO_SETTINGS_MODULE']}: {error}")
