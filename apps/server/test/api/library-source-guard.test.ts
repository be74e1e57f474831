import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/security/private-address.ts';
import { checkSourceUrl } from '../../src/services/library/source-url.guard.ts';

describe('library source URLs', () => {
  it('refuses non-web schemes and local or private addresses', async () => {
    for (const url of [
      'ftp://files.example/',
      'http://localhost:8080/',
      'http://app.localhost/',
      'http://127.0.0.1/',
      'http://10.1.2.3/',
      'http://192.168.1.10/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[fd00::1]/',
    ]) {
      await expect(checkSourceUrl(url, false), url).rejects.toMatchObject({ statusCode: 400 });
    }
  });

  it('accepts public addresses, normalized, and local ones when allowed for test sites', async () => {
    expect(await checkSourceUrl('https://93.184.216.34/self-help?utm_source=x#top', false)).toBe(
      'https://93.184.216.34/self-help',
    );
    expect(await checkSourceUrl('http://127.0.0.1:9999/', true)).toBe('http://127.0.0.1:9999/');
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
  });
});
