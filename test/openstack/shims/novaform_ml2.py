# An ML2 mechanism driver for a Neutron without L2 agents. With no agent, ML2 leaves every port unbound
# (binding:vif_type = binding_failed) and Nova refuses to boot. This driver binds each port to the first
# segment offered, as vif_type 'ovs', and marks it ACTIVE; Neutron then sends Nova network-vif-plugged.
# Registered as 'novaform_bind_all' in the entry point group neutron.ml2.mechanism_drivers through
# novaform_ml2-0.0.dist-info/entry_points.txt beside this file (the folder is on PYTHONPATH).
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class BindAllMechanismDriver(api.MechanismDriver):
    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID],
                portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True, portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE,
            )
            return
