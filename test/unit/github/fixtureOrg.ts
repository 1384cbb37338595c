import type { StandInState } from '../../support/githubStandIn';

export const TOKEN = 'ghp_standInToken000000000000000000000001';

/**
 * A small org covering every manifest kind, a consumer of an internal library, a malformed manifest, a huge file,
 * an archived repo and a fork, plus `fillers` plain repositories so crawls span several pages.
 */
export function seedFixtureOrg(state: StandInState, fillers = 8): void {
  state.addToken(TOKEN, 'alice');
  state.addOrg('acme');
  let day = 1;
  const at = () => `2025-01-${String(day++).padStart(2, '0')}T00:00:00Z`;
  const add = (name: string, files: Record<string, string>, extra: Partial<Parameters<StandInState['addRepo']>[0]> = {}) =>
    state.addRepo({ owner: 'acme', name, pushedAt: at(), files, ...extra });
  add('http-client', {
    'package.json': JSON.stringify({ name: '@acme/http-client', description: 'HTTP client with retries', keywords: ['http'], dependencies: { axios: '^1.7.0' } }),
    '.github/CODEOWNERS': '* @acme/platform\n',
    'CONTRIBUTING.md': '# Contributing\n',
    'README.md': '# http-client\n\nUse me.\n',
  }, { topics: ['inner-source'], language: 'TypeScript', stars: 12, openIssues: 3, description: 'HTTP client' });
  add('py-retry', { 'pyproject.toml': '[project]\nname = "Acme_Retry"\ndescription = "Retry helpers"\ndependencies = ["tenacity>=8"]\n' }, { language: 'Python' });
  add('go-kafka', { 'go.mod': 'module github.com/acme/go-kafka\n\ngo 1.22\n\nrequire github.com/segmentio/kafka-go v0.4.47\n' }, { language: 'Go' });
  add('dotnet-http', { 'Acme.Http.csproj': '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><PackageId>Acme.Http</PackageId></PropertyGroup></Project>' }, { language: 'C#' });
  add('checkout-service', { 'package.json': JSON.stringify({ name: 'checkout-service', private: true, dependencies: { '@acme/http-client': '^2.0.0', express: '^4' } }) });
  add('broken-manifest', { 'package.json': '{ "name": "@acme/broken", ', 'go.mod': 'module github.com/acme/broken-manifest\n' });
  add('huge-file', { 'package.json': JSON.stringify({ name: '@acme/huge', description: 'x'.repeat(700_000) }), 'Cargo.toml': '[package]\nname = "acme-huge"\nversion = "0.1.0"\n' });
  add('old-lib', { 'package.json': JSON.stringify({ name: '@acme/old-lib' }) }, { archived: true });
  add('forked-lib', { 'package.json': JSON.stringify({ name: '@acme/forked-lib' }) }, { fork: true });
  for (let i = 0; i < fillers; i++) add(`docs-${i}`, { 'README.md': `# docs ${i}\n` });
}
