// IPv4 address allocation from a subnet's pool, skipping the network, gateway and broadcast addresses.
import { Conflict } from '../model/errors';

export function parseCidr(cidr: string): { base: number; size: number } {
  const [addr, bits] = cidr.split('/');
  const prefix = Number(bits);
  const base = ipToInt(addr) & (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0);
  return { base: base >>> 0, size: 2 ** (32 - prefix) };
}

export const ipToInt = (ip: string) => ip.split('.').reduce((n, o) => (n * 256 + Number(o)) >>> 0, 0);
export const intToIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');

export { isIpv4 } from '../shared/value-checks';

export function inCidr(ip: string, cidr: string): boolean {
  const { base, size } = parseCidr(cidr);
  const n = ipToInt(ip);
  return n >= base && n < base + size;
}

/** Gateway (first host), and the allocation pool that follows it. */
export function poolOf(cidr: string): { gateway: string; start: string; end: string } {
  const { base, size } = parseCidr(cidr);
  return { gateway: intToIp(base + 1), start: intToIp(base + 2), end: intToIp(base + size - 2) };
}

export function nextFreeIp(start: string, end: string, used: ReadonlySet<string>, networkId: string): string {
  for (let n = ipToInt(start), last = ipToInt(end); n <= last; n++) {
    const ip = intToIp(n);
    if (!used.has(ip)) return ip;
  }
  throw new Conflict(`No more IP addresses available on network ${networkId}.`);
}
