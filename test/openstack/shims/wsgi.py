# Serves a WSGI application factory with waitress, for the two services that are only WSGI apps
# (Keystone, Placement):  /usr/bin/python3 wsgi.py <module>:<factory> <port>
# Their configuration comes from OS_KEYSTONE_CONFIG_DIR / OS_PLACEMENT_CONFIG_DIR, set by the up script.
import importlib
import sys

import waitress

target, port = sys.argv[1], int(sys.argv[2])
sys.argv = sys.argv[:1]  # the apps parse the command line with oslo.config
module_name, factory = target.split(':')
app = getattr(importlib.import_module(module_name), factory)()
waitress.serve(app, host='127.0.0.1', port=port, threads=8, ident=module_name.split('.')[0])
