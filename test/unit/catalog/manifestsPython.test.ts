import * as assert from 'node:assert/strict';
import { ManifestError, parsePyprojectToml, parseSetupCfg } from '../../../src/catalog/manifests/index';

describe('parsePyprojectToml', () => {
  it('reads PEP 621 metadata with normalized names and classifiers', () => {
    const info = parsePyprojectToml(`
[project]
name = "Acme_Kafka"
description = "Kafka for Python"
keywords = ["kafka", "events"]
classifiers = ["Programming Language :: Python :: 3", "Development Status :: 5 - Production/Stable"]
dependencies = ["confluent-kafka>=2.5", "FastAvro[snappy] ; python_version > '3.8'", "acme_kafka"]

[project.optional-dependencies]
test = ["pytest"]

[project.urls]
Documentation = "https://docs.acme/kafka"
"Bug Tracker" = "https://ghe/acme/kafka/issues"
Source = "https://ghe/acme/kafka"
`, 'pyproject.toml');
    assert.deepEqual(info.packages, [{ ecosystem: 'pypi', name: 'acme-kafka' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['confluent-kafka', 'fastavro']);
    assert.equal(info.lifecycle, 'production');
    assert.deepEqual(info.links, { docs: 'https://docs.acme/kafka', issues: 'https://ghe/acme/kafka/issues', repo: 'https://ghe/acme/kafka' });
  });

  it('reads Poetry metadata and skips python itself', () => {
    const info = parsePyprojectToml(`
[tool.poetry]
name = "acme-settings"
description = "Settings"
keywords = ["config"]
repository = "https://ghe/acme/settings"
classifiers = ["Development Status :: 7 - Inactive"]

[tool.poetry.dependencies]
python = "^3.11"
Pydantic-Settings = "^2.4"

[tool.poetry.group.dev.dependencies]
pytest = "*"
`, 'pyproject.toml');
    assert.deepEqual(info.packages, [{ ecosystem: 'pypi', name: 'acme-settings' }]);
    assert.deepEqual(info.dependencies, [{ ecosystem: 'pypi', name: 'pydantic-settings' }]);
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.links.repo, 'https://ghe/acme/settings');
  });

  it('rejects invalid TOML and a non-array dependency list', () => {
    assert.throws(() => parsePyprojectToml('[project\nname = "x"', 'svc/pyproject.toml'), (e: Error) => e instanceof ManifestError && /^svc\/pyproject\.toml: invalid TOML/.test(e.message));
    assert.throws(() => parsePyprojectToml('[project]\nname = "x"\ndependencies = "requests"', 'pyproject.toml'), /must be an array/);
  });
});

describe('parseSetupCfg', () => {
  it('reads metadata, multi-line install_requires, project_urls and comments', () => {
    const info = parseSetupCfg(`
# setuptools metadata
[metadata]
name = acme.retry
description = Retry decorators
keywords = retry, backoff
url = https://docs.acme/retry
project_urls =
    Source = https://ghe/acme/retry
    Tracker = https://ghe/acme/retry/issues
classifiers =
    Development Status :: 4 - Beta

[options]
packages = find:
install_requires =
    tenacity>=8.0
    typing_extensions; python_version < "3.10"
`, 'setup.cfg');
    assert.deepEqual(info.packages, [{ ecosystem: 'pypi', name: 'acme-retry' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['tenacity', 'typing-extensions']);
    assert.deepEqual(info.keywords, ['retry', 'backoff']);
    assert.equal(info.lifecycle, 'experimental');
    assert.deepEqual(info.links, { docs: 'https://docs.acme/retry', repo: 'https://ghe/acme/retry', issues: 'https://ghe/acme/retry/issues' });
  });

  it('rejects a line that is neither section, key nor continuation', () => {
    assert.throws(() => parseSetupCfg('[metadata]\nname = x\n= nothing\n', 'setup.cfg'), /setup\.cfg: line 3/);
    assert.throws(() => parseSetupCfg('name = outside-any-section\n', 'setup.cfg'), /setup\.cfg: line 1/);
  });
});
