# Starts one OpenStack command from Debian's library packages, which ship the code but (unlike the service
# packages we avoid) no /usr/bin entry points:  /usr/bin/python3 launch.py <module>:<function> [args...]
# Before calling the entry point it lets Nova find our fake virt driver: Nova loads drivers only as
# nova.virt.<name>, so this folder is appended to the nova.virt package's __path__ (nothing is written
# into dist-packages). The ML2 and Cinder shims are found through PYTHONPATH, set by the up script.
import importlib
import os
import sys

target, args = sys.argv[1], sys.argv[2:]
module_name, func_name = target.split(':')
# Import the command module first: nova.cmd / neutron.cmd monkey-patch eventlet on import, which must
# happen before anything else of theirs is imported.
module = importlib.import_module(module_name)
if module_name.startswith('nova.'):
    import nova.virt
    nova.virt.__path__.append(os.path.dirname(os.path.abspath(__file__)))
sys.argv = [module_name.rsplit('.', 1)[-1]] + args
sys.exit(getattr(module, func_name)())
