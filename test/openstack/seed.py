# Seeds the real cloud with what the engine's seed (engine/model/seed.ts) names, so that the same test
# code can target either: projects/users demo, alt_demo, admin (same passwords and roles), flavors, images,
# the tenant networks `private` (demo) and `alt-private` (alt_demo), the shared external network, volume
# types. Names are mirrored; ids too where the API lets an admin choose them (flavors, images).
# Idempotent: everything is looked up by name first.  Run by up.sh with /usr/bin/python3:
#   seed.py identity STATE   (needs Keystone only: service users, catalog, projects, users, roles)
#   seed.py resources STATE SINCE  (needs every API: waits for the compute host, then flavors, images, networks)
import datetime
import sys
import time

from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

H = '127.0.0.1'
KEYSTONE = f'http://{H}:15000/v3'
SERVICE_PASSWORD = 'service-secret'
CATALOG = [  # name, type, url
    ('placement', 'placement', f'http://{H}:18778'),
    ('nova', 'compute', f'http://{H}:18774/v2.1'),
    ('glance', 'image', f'http://{H}:19292'),
    ('neutron', 'network', f'http://{H}:19696'),
    ('cinderv3', 'volumev3', f'http://{H}:18776/v3/%(project_id)s'),
]
PROJECTS = {'demo': 'The default project', 'alt_demo': 'A second project, for isolation',
            'admin': 'Cloud administration'}
USERS = [  # name, password, project, roles — as SEED_PASSWORDS and DEFAULT_SEED.users
    ('demo', 'demo-secret', 'demo', ['member', 'reader']),
    ('alt_demo', 'alt-demo-secret', 'alt_demo', ['member', 'reader']),
    ('admin', 'admin-secret', 'admin', ['admin', 'manager', 'member', 'reader']),
]
FLAVORS = [  # id, name, vcpus, ram, disk
    ('1', 'm1.tiny', 1, 512, 1), ('2', 'm1.small', 1, 2048, 20), ('3', 'm1.medium', 2, 4096, 40),
    ('4', 'm1.large', 4, 8192, 80), ('5', 'm1.xlarge', 8, 16384, 160), ('c1.large', 'c1.large', 4, 4096, 0),
    ('c1.2xlarge', 'c1.2xlarge', 8, 8192, 0), ('214', 'm2.small', 2, 2048, 20),
]
IMAGES = [  # id, name, min_disk — each gets a tiny raw blob (there is no hypervisor to boot it)
    ('9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', 'cirros-0.6.2-x86_64-disk', 0),
    ('d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70', 'ubuntu-24.04-server', 10),
    ('70a599e0-31e7-49b7-b260-868f441e862b', 'fedora-coreos', 0),
]
NETWORKS = [  # name, project, shared, external, subnet name, cidr
    ('private', 'demo', False, False, 'private-subnet', '10.0.0.0/22'),
    ('alt-private', 'alt_demo', False, False, 'alt-private-subnet', '10.1.0.0/24'),
    ('b_tt3_td1b', 'admin', True, True, 'b_tt3_td1b-subnet', '192.168.10.0/24'),
]
SERVICE_USERS = ['placement', 'nova', 'glance', 'neutron', 'cinder']  # as in up.sh's configs
VOLUME_TYPES = [('SATA', 'Common I/O'), ('SSD', 'Ultra-high I/O')]


def log(message):
    print(f'{time.strftime("%H:%M:%S")} {message}')


def admin_session():
    auth = v3.Password(auth_url=KEYSTONE, username='admin', password='admin-secret', project_name='admin',
                       user_domain_name='Default', project_domain_name='Default')
    return ks_session.Session(auth=auth)


def call(sess, method, url, service, **kw):
    kw.setdefault('raise_exc', True)
    return sess.request(url, method, endpoint_filter={'service_type': service, 'interface': 'public',
                                                       'region_name': 'RegionOne'}, **kw)


def one(sess, service, url, key):
    """The single item of a filtered listing, or None."""
    items = call(sess, 'GET', url, service).json()[key]
    return items[0] if items else None


def ensure(sess, service, collection, key, name, body, match=None, cache={}):
    """The item named `name` (or for which `match` is true), created from `body` if missing. A collection is
    listed once and kept (Keystone on a loaded machine answers slowly; a lookup per item doubled the time)."""
    if (service, collection) not in cache:
        cache[(service, collection)] = call(sess, 'GET', collection, service).json()[key + 's']
    found = [item for item in cache[(service, collection)] if (match or (lambda i: i.get('name') == name))(item)]
    if found:
        return found[0]
    log(f'creating {key} {name}')
    return call(sess, 'POST', collection, service, json={key: body}).json()[key]


def identity(sess):
    ident = 'identity'
    roles = {}
    for role in ('admin', 'manager', 'member', 'reader', 'service'):
        roles[role] = ensure(sess, ident, '/roles', 'role', role, {'name': role})['id']
    projects = {}
    for name, description in [('service', 'Service users')] + list(PROJECTS.items()):
        projects[name] = ensure(sess, ident, '/projects', 'project', name,
                                {'name': name, 'domain_id': 'default', 'description': description})['id']

    def grant(user_id, project, role):
        call(sess, 'PUT', f'/projects/{projects[project]}/users/{user_id}/roles/{roles[role]}', ident)

    service_users = [(svc, SERVICE_PASSWORD, 'service', ['admin', 'service']) for svc in SERVICE_USERS]
    for name, password, project, user_roles in USERS + service_users:
        user = ensure(sess, ident, '/users', 'user', name,
                      {'name': name, 'password': password, 'domain_id': 'default',
                       'default_project_id': projects[project]})
        for role in user_roles:
            grant(user['id'], project, role)
    for name, stype, url in CATALOG:
        svc = ensure(sess, ident, '/services', 'service', name, {'name': name, 'type': stype},
                     match=lambda s: s['type'] == stype)
        for interface in ('public', 'internal', 'admin'):
            ensure(sess, ident, '/endpoints', 'endpoint', f'{name} {interface}',
                   {'service_id': svc['id'], 'interface': interface, 'url': url, 'region_id': 'RegionOne'},
                   match=lambda e: (e['service_id'], e['interface']) == (svc['id'], interface))


def wait(what, check, limit=180):
    deadline = time.time() + limit
    while True:
        try:
            if check():
                return
        except Exception as err:  # an API still starting
            last = err
        else:
            last = None
        if time.time() > deadline:
            raise SystemExit(f'timed out waiting for {what}: {last}')
        time.sleep(1)


def resources(sess, since):
    project_ids = {p: one(sess, 'identity', f'/projects?name={p}', 'projects')['id'] for p in PROJECTS}

    # The compute host must be registered, discovered into cell1 (the scheduler does it every 5 s) and up:
    # reporting since this start, not merely 'up' from the previous run's last heartbeat (a warm start).
    def fresh(service):
        if service['state'] != 'up' or not service.get('updated_at'):
            return False
        stamp = datetime.datetime.fromisoformat(service['updated_at'].rstrip('Z')).replace(tzinfo=datetime.timezone.utc)
        return stamp.timestamp() >= since

    def compute_ready():
        services = call(sess, 'GET', '/os-services?binary=nova-compute', 'compute').json()['services']
        hypervisors = call(sess, 'GET', '/os-hypervisors', 'compute').json()['hypervisors']
        return any(fresh(s) for s in services) and len(hypervisors) > 0
    wait('nova-compute to be up and discovered', compute_ready)
    log('nova-compute is up and discovered')

    def volume_ready():
        services = call(sess, 'GET', f'/os-services', 'volumev3').json()['services']
        return any(s['binary'] == 'cinder-volume' and fresh(s) for s in services)
    wait('cinder-volume to be up', volume_ready)
    log('cinder-volume is up')

    for fid, name, vcpus, ram, disk in FLAVORS:
        if call(sess, 'GET', f'/flavors/{fid}', 'compute', raise_exc=False).status_code == 404:
            log(f'creating flavor {name}')
            call(sess, 'POST', '/flavors', 'compute', json={'flavor': {
                'id': fid, 'name': name, 'vcpus': vcpus, 'ram': ram, 'disk': disk}})

    for iid, name, min_disk in IMAGES:
        r = call(sess, 'GET', f'/v2/images/{iid}', 'image', raise_exc=False)
        image = r.json() if r.status_code == 200 else None
        if image is None:
            log(f'creating image {name}')
            image = call(sess, 'POST', '/v2/images', 'image', json={
                'id': iid, 'name': name, 'disk_format': 'raw', 'container_format': 'bare',
                'visibility': 'public', 'min_disk': min_disk}).json()
        if image['status'] == 'queued':
            call(sess, 'PUT', f'/v2/images/{iid}/file', 'image', data=b'\0' * 1024,
                 headers={'Content-Type': 'application/octet-stream'})

    for name, project, shared, external, subnet_name, cidr in NETWORKS:
        body = {'name': name, 'project_id': project_ids[project], 'shared': shared}
        if external:
            body.update({'router:external': True, 'provider:network_type': 'flat',
                         'provider:physical_network': 'public'})
        net = ensure(sess, 'network', '/v2.0/networks', 'network', name, body)
        ensure(sess, 'network', '/v2.0/subnets', 'subnet', subnet_name,
               {'name': subnet_name, 'network_id': net['id'], 'project_id': project_ids[project],
                'ip_version': 4, 'cidr': cidr, 'enable_dhcp': not external})

    for name, description in VOLUME_TYPES:
        types = call(sess, 'GET', '/types', 'volumev3').json()['volume_types']
        if not any(t['name'] == name for t in types):
            log(f'creating volume type {name}')
            call(sess, 'POST', '/types', 'volumev3', json={'volume_type': {
                'name': name, 'description': description}})


if __name__ == '__main__':
    phase = sys.argv[1]
    started = time.time()
    if phase == 'identity':
        identity(admin_session())
    else:  # resources STATE SINCE (epoch seconds at which up.sh started the services)
        resources(admin_session(), float(sys.argv[3]))
    log(f'seed {phase}: done in {time.time() - started:.1f}s')
