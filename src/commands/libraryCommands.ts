import * as vscode from 'vscode';
import { installCommandText, type DependencyPlan } from '../catalog/addDependency';
import { safeHttpUrl } from '../catalog/entryFacts';
import type { CatalogEntry, Ecosystem } from '../catalog/model';
import type { Dismissal } from '../matching/types';
import { packageManagerAround, type DependencyInstaller } from '../editor/dependencyInstaller';
import type { CatalogService } from '../services/catalogService';
import type { DismissalScope, DismissalStore, StoredDismissal } from '../services/dismissalStore';
import type { SuggestionModel } from '../services/suggestionModel';
import type { LibraryDetailsPanel } from '../views/libraryDetailsPanel';
import { isDeprecated, primaryPackage } from '../views/libraryPresentation';
import { describeDismissal } from '../views/suggestionsTreeProvider';
import { notify } from '../util/notify';
import { inertLabel } from '../util/inertText';

export interface LibraryCommandDeps {
  catalog: CatalogService;
  model: SuggestionModel;
  dismissals: DismissalStore;
  details: LibraryDetailsPanel;
  installer: DependencyInstaller;
  log: vscode.LogOutputChannel;
}

/** `{ libraryId, specifier?, scope?, where? }`: what hovers and quick fixes pass to the dismiss command. */
interface DismissArgs {
  libraryId?: string;
  specifier?: string;
  scope?: Dismissal['scope'];
  where?: DismissalScope;
}

/**
 * Library and dismissal commands. Each accepts what its callers have (an entry id, a CatalogEntry, a tree node,
 * or the `{ libraryId, … }` objects hovers and quick fixes pass) and asks with a picker only for what is missing.
 */
export function registerLibraryCommands(deps: LibraryCommandDeps): vscode.Disposable[] {
  const { catalog, dismissals, details, installer } = deps;
  const entryOf = (arg: unknown) => resolveEntry(arg, catalog);

  return [
    vscode.commands.registerCommand('reuseRadar.library.openDetails', async (arg?: unknown) => {
      const entry = entryOf(arg) ?? (await pickEntry(catalog, 'Open library details'));
      return entry ? details.open(entry) : undefined;
    }),

    vscode.commands.registerCommand('reuseRadar.library.openRepository', async (arg?: unknown) => {
      const entry = entryOf(arg) ?? (await pickEntry(catalog, 'Open a library\'s repository'));
      if (!entry) return false;
      const url = safeHttpUrl(entry.links.repo) ?? (entry.repo && entry.host ? safeHttpUrl(`https://${entry.host}/${entry.repo}`) : undefined);
      if (!url) {
        void notify.warn(`The catalog has no repository link for ${entry.name}.`);
        return false;
      }
      // Returns the URL it opened (undefined when the host refused), so callers and tests can tell.
      return (await vscode.env.openExternal(vscode.Uri.parse(url))) ? url : undefined;
    }),

    vscode.commands.registerCommand('reuseRadar.library.copyInstallCommand', async (arg?: unknown, ecosystem?: Ecosystem) => {
      const entry = entryOf(arg) ?? (await pickEntry(catalog, 'Copy an install command'));
      if (!entry) return undefined;
      const pkg = await installer.choosePackage(entry, ecosystem, `Copy the install command of ${entry.name}`);
      if (!pkg) return undefined;
      const text = installCommandText(pkg, pkg.ecosystem === 'npm' ? await packageManagerAround(vscode.window.activeTextEditor?.document.uri) : undefined);
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`$(check) Copied: ${text.split('\n')[0]}`, 4000);
      return text;
    }),

    vscode.commands.registerCommand('reuseRadar.library.addToProject', async (arg?: unknown, options?: { uri?: string | vscode.Uri; ecosystem?: Ecosystem }): Promise<DependencyPlan | undefined> => {
      const entry = entryOf(arg) ?? (await pickEntry(catalog, 'Add a library to the project'));
      if (!entry) return undefined;
      const fromArg = isRecord(arg) ? arg : {};
      const uri = toUri(options?.uri ?? fromArg.uri);
      const ecosystem = (options?.ecosystem ?? fromArg.ecosystem) as Ecosystem | undefined;
      return installer.add(entry, { uri, ecosystem });
    }),

    vscode.commands.registerCommand('reuseRadar.suggestion.dismiss', async (arg?: unknown) => dismiss(arg, deps)),

    vscode.commands.registerCommand('reuseRadar.dismissals.show', async (id?: string) => {
      const list = dismissals.list();
      if (!list.length) {
        void notify.info('No suggestion is dismissed.');
        return undefined;
      }
      const chosen = typeof id === 'string' ? list.find((d) => d.id === id) : (await vscode.window.showQuickPick(
        list.map((stored) => ({ label: inertLabel(stored.label), description: `${inertLabel(describeDismissal(stored))} · ${stored.where === 'user' ? 'all workspaces' : 'this workspace'}`, detail: `Dismissed ${new Date(stored.at).toLocaleString()} — pick to show it again`, stored })),
        { title: 'Dismissed suggestions', placeHolder: 'Pick one to undo its dismissal' },
      ))?.stored;
      if (chosen) await dismissals.remove(chosen.id);
      return chosen;
    }),

    vscode.commands.registerCommand('reuseRadar.dismissals.undo', async (arg?: unknown) => {
      const id = typeof arg === 'string' ? arg : isRecord(arg) && isRecord(arg.stored) && typeof arg.stored.id === 'string' ? arg.stored.id : undefined;
      if (!id) return vscode.commands.executeCommand('reuseRadar.dismissals.show');
      return dismissals.remove(id);
    }),
  ];


}

/** Accepts an id/package/repo string, a CatalogEntry, a `{ libraryId }` object or a tree node (catalog or suggestions). */
export function resolveEntry(arg: unknown, catalog: CatalogService): CatalogEntry | undefined {
  const entries = catalog.catalog.entries;
  const byKey = (key: string) => {
    const k = key.toLowerCase();
    return entries.find((e) => e.id === k) ?? entries.find((e) => e.repo.toLowerCase() === k || e.packages.some((p) => p.name.toLowerCase() === k));
  };
  if (typeof arg === 'string') return byKey(arg);
  if (!isRecord(arg)) return undefined;
  if (typeof arg.libraryId === 'string') return byKey(arg.libraryId);
  if (isRecord(arg.entry) && typeof arg.entry.id === 'string') return byKey(arg.entry.id) ?? (arg.entry as unknown as CatalogEntry);
  if (isRecord(arg.library) && isRecord(arg.library.entry) && typeof arg.library.entry.id === 'string') return byKey(arg.library.entry.id);
  if (isRecord(arg.parent)) return resolveEntry(arg.parent, catalog);
  if (typeof arg.id === 'string' && Array.isArray(arg.packages)) return byKey(arg.id) ?? (arg as unknown as CatalogEntry);
  return undefined;
}

async function pickEntry(catalog: CatalogService, title: string): Promise<CatalogEntry | undefined> {
  const entries = catalog.catalog.entries;
  if (!entries.length) {
    void notify.info('The catalog is empty: configure an organization or try the demo catalog.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((entry) => ({ label: inertLabel(entry.name), description: `${inertLabel(primaryPackage(entry) ?? '')}${isDeprecated(entry) ? ' · deprecated' : ''}`, detail: inertLabel(entry.description, 300), entry })),
    { title, placeHolder: 'Search the catalog', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.entry;
}

async function dismiss(arg: unknown, deps: LibraryCommandDeps): Promise<StoredDismissal[]> {
  const { catalog, model, dismissals } = deps;
  const entry = resolveEntry(arg, catalog);
  const given: DismissArgs = isRecord(arg) && typeof arg.libraryId === 'string' ? (arg as DismissArgs) : {};
  const specifiers = given.specifier ? [given.specifier] : specifiersOf(arg, model);
  if (!entry && !specifiers.length) return [];
  const label = entry?.name ?? specifiers.join(', ');
  const shown = specifiers.length > 2 ? `${specifiers.slice(0, 2).join(', ')} …` : specifiers.join(', ');

  const scopes: { label: string; scope: Dismissal['scope'] }[] = [];
  if (entry && specifiers.length) scopes.push({ label: `$(close) This suggestion — ${inertLabel(entry.name)} for ${inertLabel(shown)}`, scope: 'suggestion' });
  if (entry) scopes.push({ label: `$(circle-slash) This library — never suggest ${inertLabel(entry.name)}`, scope: 'library' });
  if (specifiers.length) scopes.push({ label: `$(mute) This import everywhere — no suggestion for ${inertLabel(shown)}`, scope: 'import' });
  const scope = given.scope ?? (scopes.length === 1 ? scopes[0].scope : (await vscode.window.showQuickPick(scopes, { title: `Dismiss ${inertLabel(label)}`, placeHolder: 'What should Reuse Radar stop suggesting?' }))?.scope);
  if (!scope) return [];
  const where = given.where ?? (await vscode.window.showQuickPick(
    [{ label: '$(folder) This workspace', where: 'workspace' as const }, { label: '$(account) All my workspaces', where: 'user' as const }],
    { title: `Dismiss ${inertLabel(label)}`, placeHolder: 'Where?' },
  ))?.where;
  if (!where) return [];

  const toStore: Dismissal[] = scope === 'library' && entry
    ? [{ scope: 'library', library: entry.id }]
    : scope === 'suggestion' && entry
      ? specifiers.map((specifier) => ({ scope: 'suggestion' as const, library: entry.id, specifier }))
      : specifiers.map((specifier) => ({ scope: 'import' as const, specifier }));
  const stored: StoredDismissal[] = [];
  for (const dismissal of toStore) stored.push(await dismissals.add(dismissal, where, scope === 'import' && 'specifier' in dismissal ? dismissal.specifier : label));
  return stored;
}

/** The import package names (or new files' paths) behind a Suggestions tree node. */
function specifiersOf(arg: unknown, model: SuggestionModel): string[] {
  if (!isRecord(arg)) return [];
  const occurrences = isRecord(arg.occurrence) ? [arg.occurrence] : isRecord(arg.library) && Array.isArray(arg.library.occurrences) ? arg.library.occurrences : [];
  const out = new Set<string>();
  for (const o of occurrences as { uri: vscode.Uri; range: { start: { line: number; character: number } }; specifier: string; trigger: string }[]) {
    out.add(o.trigger === 'import' ? model.findingAt(o.uri, o.range.start)?.import.packageName ?? o.specifier : o.specifier);
  }
  return [...out];
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
