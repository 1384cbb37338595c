import type { Catalog } from '../catalog/model';
import { readRepoDismissals } from '../matching/dismissals';
import { Matcher } from '../matching/matcher';
import type { Dismissal } from '../matching/types';
import { LibrarySearch } from './librarySearch';
import type { ReuseToolsSource } from './reuseTools';

/**
 * The tools' source for a headless server: one catalog, and the dismissals of `<root>/.reuse-radar.json` (re-read on
 * every call, as `scan` reads them).
 * @example new ReuseTools(staticSource(loadDemoCatalog(), "/repo"))
 */
export function staticSource(catalog: Catalog, root: string): ReuseToolsSource {
  const matcher = new Matcher(catalog);
  const search = new LibrarySearch(catalog);
  return {
    catalog,
    matcher,
    search,
    root,
    dismissals: (): Promise<Dismissal[]> => readRepoDismissals(root),
  };
}
