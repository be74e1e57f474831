import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import {
  PrivateAddressError,
  bareHost,
  isLocalName,
  isPrivateAddress,
  publicOnlyLookup,
} from '../security/private-address.ts';

export interface WebhookPostOptions {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE_URLS: receivers on loopback/private addresses (tests, local development). */
  allowPrivate: boolean;
}

/**
 * Throws PrivateAddressError when the URL names a private address or this machine (no DNS: IP literals and
 * `localhost` only). Names are checked again when the delivery connects.
 */
export function refuseLiteralPrivateHost(url: URL): void {
  const host = bareHost(url);
  if (isLocalName(host)) throw new PrivateAddressError(host, 'localhost');
  if (isIP(host) !== 0 && isPrivateAddress(host)) throw new PrivateAddressError(host, host);
}

/**
 * POSTs a webhook body and resolves with the receiver's status. Redirects are not followed (a redirect could
 * point inside the network). Unless private receivers are allowed, the connection only goes to public addresses.
 */
export function postWebhook(rawUrl: string, o: WebhookPostOptions): Promise<number> {
  const url = new URL(rawUrl);
  if (!o.allowPrivate) refuseLiteralPrivateHost(url);
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...o.headers, 'content-length': String(Buffer.byteLength(o.body)) },
        signal: AbortSignal.timeout(o.timeoutMs),
        ...(o.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/**
 * Registration-time check of a receiver URL: refuses this machine, private IP literals and names that resolve to
 * a private address now (deliveries check again when they connect). An unresolvable name is refused too.
 */
export async function checkReceiverUrl(url: URL): Promise<void> {
  refuseLiteralPrivateHost(url);
  const host = bareHost(url);
  if (isIP(host) !== 0) return;
  const addresses = await lookup(host, { all: true }).catch(() => {
    throw new Error(`could not resolve ${host}`);
  });
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw new PrivateAddressError(host, bad.address);
}
