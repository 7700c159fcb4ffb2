# Cinder's FakeLoggingVolumeDriver (shipped in python3-cinder as cinder.tests.fake_driver) fakes create,
# delete, attach and snapshots, but inherits from the LVM driver the paths that touch /dev/mapper: a
# volume from an image goes to 'error', an extend to 'error_extending'. Those become no-ops here, so a
# Cinder with no disks at all serves the volume API. Loaded by volume_driver = novaform_cinder.NovaformVolumeDriver
# (this folder is on PYTHONPATH).
import io

from cinder.tests import fake_driver


class NovaformVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    def copy_image_to_volume(self, context, volume, image_service, image_id):
        pass

    def clone_image(self, context, volume, image_location, image_meta, image_service):
        return None, False

    def copy_volume_to_image(self, context, volume, image_service, image_meta):
        # Upload a small blob so that the image becomes 'active' (volume upload-to-image).
        update = {'disk_format': image_meta.get('disk_format') or 'raw',
                  'container_format': image_meta.get('container_format') or 'bare'}
        image_service.update(context, image_meta['id'], update, io.BytesIO(b'\0' * 1024))

    def extend_volume(self, volume, new_size):
        pass

    def revert_to_snapshot(self, context, volume, snapshot):
        pass

    def retype(self, context, volume, new_type, diff, host):
        return True, None
