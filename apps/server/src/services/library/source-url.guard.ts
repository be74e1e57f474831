import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { normalizeUrl } from '@insession/crawler/recommend';
import { badRequest } from '../../routes/http-error.ts';
import { bareHost, isLocalName, isPrivateAddress } from '../../security/private-address.ts';

/**
 * Normalizes a source URL and refuses one that is not http(s) or points at a private address (unless allowed for
 * local test sites). Names are resolved once here; the crawl itself stays on the listed host.
 */
export async function checkSourceUrl(raw: string, allowPrivate: boolean): Promise<string> {
  const url = normalizeUrl(raw);
  if (!url) throw badRequest('url must be an http:// or https:// address');
  if (allowPrivate) return url;
  // The same ranges webhooks refuse: a source there would turn the crawler into a reader of internal pages.
  const host = bareHost(new URL(url));
  if (isLocalName(host)) throw privateHost();
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
