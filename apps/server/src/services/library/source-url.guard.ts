import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { normalizeUrl } from '@insession/crawler/recommend';
import { badRequest } from '../../routes/http-error.ts';

// Addresses a crawl started from the server must not reach: the server itself, the practice's LAN and cloud
// metadata services. A source URL on one of them would turn the crawler into a way to read internal pages.
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** True for loopback, private, link-local and unspecified addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip);
  if (family === 0) return false;
  return PRIVATE.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Normalizes a source URL and refuses one that is not http(s) or points at a private address (unless allowed for
 * local test sites). Names are resolved once here; the crawl itself stays on the listed host.
 */
export async function checkSourceUrl(raw: string, allowPrivate: boolean): Promise<string> {
  const url = normalizeUrl(raw);
  if (!url) throw badRequest('url must be an http:// or https:// address');
  if (allowPrivate) return url;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) throw privateHost();
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.some(isPrivateAddress)) throw privateHost();
  return url;
}

async function resolve(host: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw badRequest(`could not resolve ${host}`);
  }
}

const privateHost = () =>
  badRequest('url points at a local or private network address, which the crawler may not visit');
