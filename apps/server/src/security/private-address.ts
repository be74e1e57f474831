import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// Addresses a request made by the server on a practice's behalf (webhook deliveries) must not reach: the server
// itself, the practice's LAN, link-local cloud metadata services, and ranges that are never public.
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** True for loopback, private, link-local, multicast, reserved and unspecified addresses (IPv4-mapped too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip);
  if (family === 0) return false;
  return PRIVATE.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** A connection refused because the host is (or resolves to) a private address. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(host: string, address: string) {
    super(`${host} resolves to a private or loopback address (${address})`);
    this.name = 'PrivateAddressError';
  }
}

/** Host names that mean this machine without asking DNS. */
export const isLocalName = (host: string): boolean => host === 'localhost' || host.endsWith('.localhost');

/** The hostname of a URL without IPv6 brackets. */
export const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

type Resolver = (
  hostname: string,
  options: { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `lookup` for http.request that fails when any resolved address is private. Checking at connect time (not
 * before) means a DNS answer that changes between a check and the connection (rebinding) cannot slip through.
 */
export function guardedLookup(resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    if (isLocalName(hostname)) {
      callback(new PrivateAddressError(hostname, 'localhost'), '');
      return;
    }
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address), '');
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      if (!first) return callback(new Error(`no address for ${hostname}`), '');
      return callback(null, first.address, first.family);
    });
  };
}

/** `guardedLookup` over the system resolver. */
export const publicOnlyLookup = guardedLookup((hostname, options, callback) => dnsLookup(hostname, options, callback));
