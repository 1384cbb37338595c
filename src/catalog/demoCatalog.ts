import type { Catalog } from './model';
// esbuild inlines the JSON into the bundle, so the demo works with nothing configured and no file access.
import demoCatalogJson from './demoCatalog.json';

/**
 * The embedded demo catalog: the fictional "acme-demo" org on github.com, 31 internal libraries across
 * npm, PyPI, Go and Maven, exactly one of them deprecated. Returns a fresh copy each call (callers may mutate it).
 *
 * @example loadDemoCatalog().entries.find((e) => e.id === 'acme-demo/http-client')?.packages
 *   // -> [{ ecosystem: 'npm', name: '@acme/http-client' }]
 */
export function loadDemoCatalog(): Catalog {
  return structuredClone(demoCatalogJson) as Catalog;
}
