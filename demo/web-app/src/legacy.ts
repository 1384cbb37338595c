// @acme/legacy-http is DEPRECATED in the catalog: expect a "use @acme/http-client instead" notice.
import { get } from '@acme/legacy-http';

export function fetchLegacyInventory(url: string, cb: (err: Error | null, body?: unknown) => void): void {
  get(url, cb);
}
