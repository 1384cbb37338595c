import assert from 'node:assert/strict';
import type { Catalog } from '../../../src/catalog/model';
import { classifyImport, type ProjectContext } from '../../../src/imports/classify';
import { extractImports } from '../../../src/imports/extractImports';
import type { SourceLanguage } from '../../../src/imports/types';
import { Matcher, SCORES } from '../../../src/matching/matcher';
import { findingsForFile, newFileSuggestions } from '../../../src/matching/pipeline';
import { importTrigger } from '../../../src/matching/triggers';
import { packageWords } from '../../../src/matching/wrapperEvidence';
import { routinePathWords } from '../../../src/matching/routineWords';
import { orgUsageFrom } from '../../../src/catalog/orgUsage';
import { pathWordsOf } from '../../../src/catalog/pathWords';
import { catalogOf, lib } from './catalogFixture';

/** What the matcher says, at any threshold, for the first import of one line of code. */
function advice(catalog: Catalog, language: SourceLanguage, code: string, ctx: ProjectContext = {}): [string, string, number][] {
  const [ref] = extractImports(code, language);
  assert.ok(ref, `no import in ${code}`);
  return new Matcher(catalog, { threshold: 0 }).match(importTrigger(classifyImport(ref, language, ctx), language)).map((s) => [s.entry.name, s.match, s.score]);
}

/** Many unrelated libraries, so that one or two depending on a package is "few". */
const filler = Array.from({ length: 20 }, (_, i) => lib(`tool-${i}`, { packages: [`pypi:acme-tool-${i}`], deps: [`pypi:dep-${i}`] }));

describe('matching: advice only on strong evidence (issue #10, real-world shapes)', () => {
  it('name similarity never advises on an import: django, rest_framework, typing_extensions', () => {
    const catalog = catalogOf([
      lib('django-utils', { packages: ['pypi:acme-django-utils'], keywords: ['django'], description: 'Django helpers' }),
      lib('rest-client', { packages: ['pypi:acme-rest-client'], deps: ['pypi:requests'], keywords: ['rest', 'framework'], description: 'REST client framework' }),
      lib('extensions', { packages: ['pypi:acme-extensions'], description: 'Typing extensions for our services' }),
      ...filler,
    ]);
    assert.deepEqual(advice(catalog, 'python', 'from django.db import models'), []);
    assert.deepEqual(advice(catalog, 'python', 'from rest_framework import viewsets'), []);
    assert.deepEqual(advice(catalog, 'python', 'from typing_extensions import Literal'), []);
    assert.deepEqual(advice(catalog, 'python', 'import typing'), [], 'stdlib');
  });

  it('depending is not wrapping: yaml is no advice for a library with many dependencies, a small YAML loader is', () => {
    const big = lib('notifications-utils', { packages: ['pypi:notifications-utils'], deps: ['pypi:flask', 'pypi:requests', 'pypi:PyYAML', 'pypi:jinja2', 'pypi:python-dateutil', 'pypi:cryptography', 'pypi:bleach', 'pypi:phonenumbers'], description: 'Shared Python code for GOV.UK Notify' });
    const ctx: ProjectContext = { pythonDistributions: { yaml: 'PyYAML' } };
    assert.deepEqual(advice(catalogOf([big, ...filler]), 'python', 'import yaml', ctx), []);
    assert.deepEqual(advice(catalogOf([big, ...filler]), 'python', 'from flask import Flask'), []);
    const loader = lib('config-loader', { packages: ['pypi:acme-config-loader'], deps: ['pypi:PyYAML', 'pypi:jsonschema'], description: 'Load and validate YAML configuration files' });
    assert.deepEqual(advice(catalogOf([big, loader, ...filler]), 'python', 'import yaml', ctx), [['config-loader', 'wrapper', SCORES.wrapper]]);
  });

  it('a static-site generator depending on vue is no advice on vue imports', () => {
    const site = lib('docs-site', { packages: ['npm:@acme/docs-site'], keywords: ['vue', 'static-site', 'docs'], description: 'Static site generator for our docs, built with Vue',
      deps: ['npm:vue', 'npm:vue-router', 'npm:markdown-it', 'npm:vite', 'npm:chalk', 'npm:globby', 'npm:gray-matter', 'npm:shiki'] });
    assert.deepEqual(advice(catalogOf([site, ...filler]), 'typescript', 'import { ref } from "vue";'), []);
  });

  it('frameworks are learnt from the org (Catalog.orgUsage), never from a list of names', () => {
    const uiKit = lib('ui-kit', { packages: ['npm:@acme/ui-kit'], keywords: ['react', 'components'], description: 'React components', deps: ['npm:react', 'npm:clsx'] });
    const withUsage = (react: number): Catalog => ({ ...catalogOf([uiKit, ...filler]), orgUsage: { repositories: 60, dependents: { 'npm:react': react } } });
    assert.deepEqual(advice(withUsage(41), 'typescript', 'import React from "react";'), [], '41 of 60 repositories use react: a foundation');
    assert.deepEqual(advice(withUsage(3), 'typescript', 'import React from "react";'), [['ui-kit', 'wrapper', SCORES.wrapper]], 'an org where 3 of 60 use it');
    // Without orgUsage (catalog files), the catalog's libraries stand in for the org: three of five depend on it.
    const sharers = Array.from({ length: 3 }, (_, i) => lib(`app-${i}`, { packages: [`npm:@acme/app-${i}`], deps: ['npm:react'] }));
    assert.deepEqual(advice(catalogOf([uiKit, ...sharers, lib('x', { packages: ['npm:@acme/x'] })]), 'typescript', 'import React from "react";'), []);
  });

  it('an import of an internal library gets no advice for another internal library depending on it', () => {
    const logger = lib('logger', { packages: ['pypi:acme-logging'], pythonModules: ['acme_log'] });
    const auth = lib('auth', { packages: ['pypi:acme-auth'], deps: ['pypi:acme-logging'], description: 'Auth with logging' });
    const catalog = catalogOf([logger, auth, ...filler]);
    assert.deepEqual(advice(catalog, 'python', 'from acme_log import get_logger'), [['logger', 'exact', 1]]);
    assert.deepEqual(advice(catalog, 'python', 'import acme_logging'), [['logger', 'exact', 1]]);
  });

  it('Python imports map to the distribution declaring the module root (CatalogEntry.pythonModules)', () => {
    const arroyo = lib('arroyo', { packages: ['pypi:sentry-arroyo'], pythonModules: ['arroyo'] });
    const catalog = catalogOf([arroyo, ...filler]);
    assert.deepEqual(advice(catalog, 'python', 'from arroyo.processing import StreamProcessor'), [['arroyo', 'exact', 1]]);
    const clash = catalogOf([arroyo, lib('arroyo-fork-lib', { packages: ['pypi:arroyo-tools'], pythonModules: ['arroyo'] })]);
    assert.deepEqual(advice(clash, 'python', 'import arroyo'), [], 'a root two libraries claim identifies neither');
  });

  it('an import of a Go module\'s older major version is the same internal library (hashicorp/hcl v1 and v2)', () => {
    const hcl = lib('hcl', { packages: ['go:github.com/hashicorp/hcl/v2'] });
    const catalog = catalogOf([hcl, ...filler]);
    assert.deepEqual(advice(catalog, 'go', 'import "github.com/hashicorp/hcl/v2/hclsimple"'), [['hcl', 'exact', 1]]);
    assert.deepEqual(advice(catalog, 'go', 'import "github.com/hashicorp/hcl"'), [['hcl', 'exact', 1]]);
    assert.deepEqual(advice(catalog, 'go', 'import "github.com/hashicorp/hcl/hcl/ast"'), [['hcl', 'exact', 1]]);
    assert.deepEqual(advice(catalog, 'go', 'import "github.com/hashicorp/hclog"'), [], 'a longer name is another module');
  });

  it('scores mean what the README says: replacement 0.9 > deprecated 0.8 > wrapper 0.7 > built on 0.55', () => {
    assert.deepEqual([SCORES.exact, SCORES.replacement, SCORES.deprecated, SCORES.wrapper, SCORES.builtOn], [1, 0.9, 0.8, 0.7, 0.55]);
    const catalog = catalogOf([
      lib('http', { packages: ['npm:@acme/http'], deps: ['npm:axios'], replaces: ['got'] }),
      lib('pdf', { packages: ['npm:@acme/pdf'], deps: ['npm:pdfkit'], description: 'PDF rendering' }),
      ...filler,
    ]);
    assert.deepEqual(advice(catalog, 'typescript', 'import got from "got";'), [['http', 'replacement', 0.9]]);
    assert.deepEqual(advice(catalog, 'typescript', 'import PDFDocument from "pdfkit";'), [['pdf', 'wrapper', 0.7]]);
    assert.deepEqual(advice(catalog, 'typescript', 'import axios from "axios";'), [['http', 'wrapper', 0.55]]);
  });

  it("a package's words are its name, less role and ecosystem words", () => {
    assert.deepEqual(packageWords({ ecosystem: 'maven', name: 'com.squareup.okhttp3:okhttp' }), ['okhttp3', 'okhttp']);
    assert.deepEqual(packageWords({ ecosystem: 'go', name: 'k8s.io/client-go' }), ['kubernetes']);
    assert.deepEqual(packageWords({ ecosystem: 'go', name: 'github.com/hashicorp/go-retryablehttp' }), ['retryablehttp']);
    assert.deepEqual(packageWords({ ecosystem: 'pypi', name: 'python-dateutil' }), ['dateutil']);
  });
});

describe('matching: words the org routinely names its own code with (issue #10)', () => {
  // hashicorp: every tool has its own version/ package; only nomad has a uuid/ helper.
  const catalogWith = (usage: Catalog['orgUsage']) => ({ ...catalogOf([
    lib('go-version', { packages: ['go:github.com/hashicorp/go-version'], description: 'A library for parsing and verifying versions and version constraints.' }),
    lib('go-uuid', { packages: ['go:github.com/hashicorp/go-uuid'], description: 'Generates UUID-format strings using high quality, purely random bytes.' }),
    ...filler,
  ]), ...(usage ? { orgUsage: usage } : {}) });
  const suggest = (catalog: Catalog, file: string) => newFileSuggestions(file, new Matcher(catalog)).map((s) => s.entry.name);

  it('a new file named like the org\'s own routine folders suggests nothing; a distinctive one still does', () => {
    const usage = orgUsageFrom({
      'hashicorp/consul-template': ['go:github.com/hashicorp/hcl', 'path:version', 'path:watch'],
      'hashicorp/envconsul': ['path:version', 'path:cli'],
      'hashicorp/nomad': ['path:version', 'path:helper', 'path:uuid'],
      'hashicorp/nomad-autoscaler': ['path:version', 'path:sdk'],
      'hashicorp/go-version': ['path:version', 'path:constraint'],
    });
    const catalog = catalogWith(usage);
    assert.deepEqual(suggest(catalog, 'version/version.go'), []);
    assert.deepEqual(suggest(catalog, 'command/version.go'), []);
    assert.deepEqual(suggest(catalog, 'sdk/helper/uuid/uuid.go'), ['go-uuid']);
    assert.deepEqual(suggest(catalogWith(undefined), 'version/version.go'), ['go-version'], 'without crawl data nothing is routine');
  });

  it('several matched words must come from one name: not gathered across a collection library\'s modules', () => {
    const stdlib = lib('go-secure-stdlib', { packages: ['password', 'pluginutil/v2', 'plugincontainer', 'parseutil', 'strutil'].map((m) => `go:github.com/hashicorp/go-secure-stdlib/${m}`) });
    const catalog = catalogOf([stdlib, lib('rate-limit', { packages: ['go:github.com/hashicorp/rate-limit'] }), ...filler]);
    assert.deepEqual(suggest(catalog, 'plugins/builtin/strategy/pass-through/plugin/plugin.go'), [], '"plugin" and "pass" name two different modules');
    assert.deepEqual(suggest(catalog, 'internal/ratelimit/rate_limit.go'), ['rate-limit'], 'both words of one name still count');
  });

  it('routine means at least 3 repositories and 5% of them', () => {
    const few = orgUsageFrom({ 'a/x': ['path:version'], 'a/y': ['path:version'] });
    assert.deepEqual([...routinePathWords(few)], []);
    const byRepo: Record<string, string[]> = {};
    for (let i = 0; i < 100; i++) byRepo[`a/r${i}`] = i < 4 ? ['path:version', 'path:retry'] : i < 10 ? ['path:version'] : ['npm:react'];
    assert.deepEqual([...routinePathWords(orgUsageFrom(byRepo))], ['version']);
  });

  it('path words are the root names of a repository, without extensions, dot-files or build noise', () => {
    assert.deepEqual(pathWordsOf([
      { name: 'version', type: 'tree' }, { name: 'rateLimit.go', type: 'blob' }, { name: '.github', type: 'tree' },
      { name: 'go.mod', type: 'blob' }, { name: 'README.md', type: 'blob' }, { name: 'Cargo.toml', type: 'blob' }, { name: 'cmd', type: 'tree' },
      { name: 'requirements_for_test.txt', type: 'blob' },
    ]), ['cmd', 'limit', 'rate', 'version']);
  });
});

describe('matching: self-awareness (issue #10)', () => {
  const uiKit = lib('ui-kit', { packages: ['npm:@acme/ui-kit'], keywords: ['react', 'classnames'], description: 'React components styled with classnames', deps: ['npm:react', 'npm:classnames'] });
  const matcher = new Matcher(catalogOf([uiKit, ...filler]));
  const code = 'import cx from "classnames";\n';
  const names = (project?: ProjectContext) => findingsForFile('src/Button.tsx', code, { matcher, context: project }).flatMap((f) => f.suggestions.map((s) => s.name));

  it('a consumer gets the UI kit for classnames; the UI kit\'s own source, clone or fork does not', () => {
    assert.deepEqual(names({ npmName: '@acme/web' }), ['ui-kit']);
    assert.deepEqual(names({ npmName: '@acme/ui-kit', packages: [{ ecosystem: 'npm', name: '@acme/ui-kit' }] }), [], 'its own manifest');
    assert.deepEqual(names({ repositories: ['acme/ui-kit'] }), [], 'its own checkout');
    assert.deepEqual(names({ repositories: ['someone/ui-kit'] }), [], 'a fork keeps the name');
    assert.deepEqual(names({ checkoutNames: ['ui-kit'] }), [], 'a checkout without remotes, named as cloned');
    assert.deepEqual(names({ repositories: ['acme/web'], checkoutNames: ['ui-kit'] }), ['ui-kit'], 'remotes, when known, decide');
  });

  it("new files: the project's own name words are no evidence, a library it depends on is no news", () => {
    const notifications = lib('notifications-utils', { packages: ['pypi:notifications-utils'], keywords: ['notifications'], description: 'Notification helpers' });
    const retry = lib('retry', { packages: ['pypi:acme-retry'], keywords: ['retry', 'backoff'], description: 'Retry with backoff' });
    const m = new Matcher(catalogOf([notifications, retry, ...filler]));
    const suggest = (file: string, project: ProjectContext) => newFileSuggestions(file, m, { project }).map((s) => s.entry.name);
    assert.deepEqual(suggest('app/send/notifications.py', {}), ['notifications-utils']);
    assert.deepEqual(suggest('app/send/notifications.py', { repositories: ['alphagov/notifications-api'] }), []);
    assert.deepEqual(suggest('app/retry_policy.py', {}), ['retry']);
    assert.deepEqual(suggest('app/retry_policy.py', { dependencies: [{ ecosystem: 'pypi', name: 'acme-retry' }] }), []);
  });
});
