import * as vscode from 'vscode';
import type { CatalogService } from '../services/catalogService';
import { apiHost, type GitHubAuthService } from '../services/githubAuth';
import type { GroupBy, SettingsService, SortBy } from '../services/settingsService';
import type { CatalogTreeProvider } from '../views/catalogTreeProvider';
import { isDeprecated, primaryPackage } from '../views/libraryPresentation';
import { notify } from '../util/notify';
import { inertLabel } from '../util/inertText';

/** Lets callers (tests, other extensions) configure without the pickers. */
interface ConfigureOptions {
  org?: string;
  /** With `org`: the REST API base, e.g. "https://ghe.example.com/api/v3". */
  apiUrl?: string;
  catalogFile?: string;
}

const ORG_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

export interface CatalogCommandDeps {
  catalog: CatalogService;
  catalogTree: CatalogTreeProvider;
  settings: SettingsService;
  auth: GitHubAuthService;
  log: vscode.LogOutputChannel;
}

/** Catalog, configuration and account commands. Arguments let tests (and keybindings) skip the pickers. */
export function registerCatalogCommands(deps: CatalogCommandDeps): vscode.Disposable[] {
  const { catalog, catalogTree, settings, auth, log } = deps;
  return [
    vscode.commands.registerCommand('reuseRadar.catalog.refresh', async () => {
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Reuse Radar: refreshing the catalog', cancellable: true },
        (progress, token) => catalog.refresh({ interactive: true, token, progress: { report: (message) => progress.report({ message }) } }),
      );
      if (outcome.ok && outcome.anonymous) {
        void notify.info(outcome.message, 'Sign in to GitHub').then((choice) => choice && vscode.commands.executeCommand('reuseRadar.github.signIn'));
      } else if (outcome.ok) {
        void notify.info(outcome.message);
      } else if (!outcome.cancelled) {
        const choice = await notify.error(outcome.message, 'Show Log', 'Retry');
        if (choice === 'Show Log') log.show();
        if (choice === 'Retry') await vscode.commands.executeCommand('reuseRadar.catalog.refresh');
      }
      return outcome;
    }),

    vscode.commands.registerCommand('reuseRadar.catalog.filter', async (query?: string) => {
      if (typeof query === 'string') {
        catalogTree.setFilter(query);
        return;
      }
      const picked = await pickFilter(catalog, catalogTree);
      if (picked !== undefined) catalogTree.setFilter(picked);
    }),

    vscode.commands.registerCommand('reuseRadar.catalog.clearFilter', () => catalogTree.setFilter(undefined)),

    vscode.commands.registerCommand('reuseRadar.catalog.groupBy', async (value?: GroupBy) => {
      const options: { label: string; value: GroupBy }[] = [
        { label: '$(package) Ecosystem', value: 'ecosystem' },
        { label: '$(tag) Topic', value: 'topic' },
        { label: '$(organization) Owner', value: 'owner' },
      ];
      const current = settings.current.groupBy;
      const chosen = value ?? (await vscode.window.showQuickPick(options.map((o) => ({ ...o, description: o.value === current ? 'current' : undefined })), { title: 'Group the catalog by' }))?.value;
      if (chosen) await vscode.workspace.getConfiguration('reuseRadar').update('catalog.groupBy', chosen, vscode.ConfigurationTarget.Global);
    }),

    vscode.commands.registerCommand('reuseRadar.catalog.sortBy', async (value?: SortBy) => {
      const options: { label: string; value: SortBy }[] = [
        { label: '$(sort-precedence) Name', value: 'name' },
        { label: '$(pulse) Activity score (most active first)', value: 'activity' },
      ];
      const current = settings.current.sortBy;
      const chosen = value ?? (await vscode.window.showQuickPick(options.map((o) => ({ ...o, description: o.value === current ? 'current' : undefined })), { title: 'Sort the catalog by' }))?.value;
      if (chosen) await vscode.workspace.getConfiguration('reuseRadar').update('catalog.sortBy', chosen, vscode.ConfigurationTarget.Global);
    }),

    vscode.commands.registerCommand('reuseRadar.useDemoCatalog', async () => {
      await vscode.workspace.getConfiguration('reuseRadar').update('catalog.useDemo', true, vscode.ConfigurationTarget.Global);
      if (settings.isConfigured) {
        void notify.info('An organization or catalog file is configured, so its catalog is used instead of the demo. Clear "reuseRadar.github.orgs" and "reuseRadar.catalogFiles" to try the demo.');
      }
    }),

    vscode.commands.registerCommand('reuseRadar.configure', async (options?: ConfigureOptions) => {
      const config = vscode.workspace.getConfiguration('reuseRadar');
      const choice = options
        ? { id: options.org ? 'org' : options.catalogFile ? 'file' : 'settings' }
        : await vscode.window.showQuickPick([
          { label: '$(github) Crawl a GitHub organization…', id: 'org', detail: 'github.com or GitHub Enterprise Server' },
          { label: '$(file) Use a published catalog file…', id: 'file', detail: 'A path or https URL: Reuse Radar JSON, InnerSource repos.json, Backstage catalog-info.yaml, …' },
          { label: '$(settings-gear) Open Settings', id: 'settings' },
        ], { title: 'Configure Reuse Radar' });
      if (choice?.id === 'org') {
        const org = options?.org ?? await vscode.window.showInputBox({ title: 'GitHub organization or user to crawl', placeHolder: 'acme', validateInput: (v) => (ORG_LOGIN.test(v.trim()) ? undefined : 'An organization login: letters, digits and hyphens') });
        if (!org || !ORG_LOGIN.test(org.trim())) return undefined;
        const apiUrl = options ? options.apiUrl : await vscode.window.showInputBox({ title: 'GitHub API URL', value: settings.current.apiUrl, prompt: 'Keep https://api.github.com for github.com; GitHub Enterprise Server: https://HOST/api/v3' });
        if (apiUrl === undefined && !options) return undefined;
        if (apiUrl !== undefined) await config.update('github.apiUrl', apiUrl.trim() || undefined, vscode.ConfigurationTarget.Global);
        await config.update('github.orgs', [...new Set([...settings.current.orgs, org.trim()])], vscode.ConfigurationTarget.Global);
        return 'org';
      }
      if (choice?.id === 'file') {
        const file = options?.catalogFile ?? await vscode.window.showInputBox({ title: 'Catalog file path or URL', placeHolder: 'https://inner-source.example.com/catalog.json' });
        if (!file) return undefined;
        await config.update('catalogFiles', [...new Set([...settings.current.catalogFiles, file.trim()])], vscode.ConfigurationTarget.Global);
        return 'file';
      }
      if (choice?.id === 'settings') {
        await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:reuse-radar.reuse-radar');
        return 'settings';
      }
      return undefined;
    }),

    vscode.commands.registerCommand('reuseRadar.showLog', () => log.show()),

    // The token only ever comes from this password box (or a GitHub sign-in), never from a command argument: arguments
    // end up in keybindings.json, settings sync and logs.
    vscode.commands.registerCommand('reuseRadar.github.setToken', async () => {
      const apiUrl = settings.current.apiUrl;
      const host = apiHost(apiUrl);
      const token = (await vscode.window.showInputBox({
        title: `GitHub token for ${host}`,
        prompt: `A personal access token with repo (and read:org) scope for ${host}. Kept in VS Code's secret storage, never in settings, and sent only to ${host}. Leave empty to remove the stored token.`,
        password: true,
        ignoreFocusOut: true,
      }));
      if (token === undefined) return;
      if (token.trim() === '') {
        await auth.clearToken(apiUrl);
        void notify.info(`Reuse Radar: the GitHub token for ${host} was removed.`);
      } else {
        await auth.setToken(token, apiUrl);
        void notify.info(`Reuse Radar: GitHub token for ${host} saved in secret storage.`);
      }
    }),

    vscode.commands.registerCommand('reuseRadar.github.signIn', async (): Promise<'signed-in' | 'not-signed-in'> => {
      try {
        const credentials = await auth.getCredentials(settings.current.apiUrl, true);
        if (credentials) {
          const how = credentials.source === 'secret-storage' ? 'with the token in secret storage' : `with your ${credentials.source === 'github' ? 'GitHub' : 'GitHub Enterprise'} account`;
          void notify.info(`Reuse Radar: signed in to GitHub ${how}.`);
          if (settings.isConfigured) void vscode.commands.executeCommand('reuseRadar.catalog.refresh');
          return 'signed-in';
        }
      } catch (err) {
        log.debug(`Sign-in did not complete: ${err instanceof Error ? err.message : String(err)}`);
      }
      void notify.warn('Signing in to GitHub did not complete. You can store a personal access token instead.', 'Set GitHub Token')
        .then((choice) => choice && vscode.commands.executeCommand('reuseRadar.github.setToken'));
      return 'not-signed-in';
    }),
  ];
}

async function pickFilter(catalog: CatalogService, tree: CatalogTreeProvider): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { entryId?: string }>();
  quickPick.title = 'Filter the catalog';
  quickPick.placeholder = 'Type to search names, packages, keywords and descriptions; Enter filters the view';
  quickPick.value = tree.filter ?? '';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  const all = catalog.catalog.entries.slice(0, 5000).map((entry) => ({
    label: inertLabel(entry.name),
    description: `${inertLabel(primaryPackage(entry) ?? '')}${isDeprecated(entry) ? ' · deprecated' : ''}`,
    detail: inertLabel(entry.description, 300),
    entryId: entry.id,
    alwaysShow: false,
  }));
  const refreshItems = () => {
    const value = quickPick.value.trim();
    const matches = value ? new Set(tree.fuzzySearch(value).map((e) => e.id)) : undefined;
    const head = value ? [{ label: `$(filter) Filter by "${inertLabel(value)}"`, alwaysShow: true, description: `${matches?.size ?? 0} libraries` }] : [];
    quickPick.items = [...head, ...(matches ? all.filter((i) => matches.has(i.entryId)).map((i) => ({ ...i, alwaysShow: true })) : all)];
  };
  refreshItems();
  return new Promise<string | undefined>((resolve) => {
    quickPick.onDidChangeValue(refreshItems);
    quickPick.onDidAccept(() => {
      const selected = quickPick.selectedItems[0];
      resolve(selected?.entryId ? selected.label : quickPick.value.trim() || undefined);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}
