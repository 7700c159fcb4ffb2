// The plugin's version is the package's: the SDK's `pulumi.version` stanza and GetPluginInfo must agree.
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
