import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { isRecord, uniqueRefs } from './manifestUtil';
import { parseXml, text } from './xmlUtil';

/** `${project.groupId}` and friends from <properties> and the project's own coordinates; unknown properties stay as written. */
function interpolate(value: string | undefined, props: Record<string, string>): string | undefined {
  return value?.replace(/\$\{([^}]+)\}/g, (whole, key: string) => props[key] ?? whole);
}

/**
 * Reads a Maven pom.xml: groupId (or the parent's) + artifactId is the published package (not for an aggregator
 * of `<modules>`); dependencies outside
 * `test` scope are runtime dependencies; a `<relocation>` in distributionManagement marks it deprecated.
 *
 * @example parsePomXml('<project><groupId>com.acme</groupId><artifactId>acme-json</artifactId>...</project>', 'pom.xml')
 *   // -> { packages: [{ecosystem:'maven', name:'com.acme:acme-json'}], ... }
 */
export function parsePomXml(xml: string, path: string): ManifestInfo {
  const doc = parseXml(xml, path, ['dependency', 'module']);
  const project = doc.project;
  if (!isRecord(project)) throw new ManifestError(path, 'no <project> root element');
  const parent = isRecord(project.parent) ? project.parent : {};
  const props: Record<string, string> = {};
  if (isRecord(project.properties)) {
    for (const [k, v] of Object.entries(project.properties)) if (text(v)) props[k] = text(v)!;
  }
  const groupId = text(project.groupId) ?? text(parent.groupId);
  const artifactId = text(project.artifactId);
  if (!artifactId) throw new ManifestError(path, '<project> has no <artifactId>');
  Object.assign(props, { 'project.groupId': groupId ?? '', 'project.artifactId': artifactId, 'project.version': text(project.version) ?? text(parent.version) ?? '' });
  const info = emptyManifest(path, 'pom.xml');
  info.name = text(project.name) ?? artifactId;
  // An aggregator (packaging pom with <modules>) is no library: its modules are (see workspaces.ts).
  const aggregator = text(project.packaging) === 'pom' && isRecord(project.modules);
  if (groupId && !aggregator) info.packages.push({ ecosystem: 'maven', name: `${interpolate(groupId, props)}:${artifactId}` });
  info.description = text(project.description);
  const deps = isRecord(project.dependencies) ? project.dependencies.dependency : undefined;
  for (const d of Array.isArray(deps) ? deps : []) {
    if (!isRecord(d)) continue;
    const g = interpolate(text(d.groupId), props);
    const a = interpolate(text(d.artifactId), props);
    if (!g || !a) throw new ManifestError(path, '<dependency> without <groupId> or <artifactId>');
    if (text(d.scope) === 'test') continue;
    info.dependencies.push({ ecosystem: 'maven', name: `${g}:${a}` });
  }
  info.dependencies = uniqueRefs(info.dependencies);
  if (aggregator) info.kind = 'other';
  const issues = isRecord(project.issueManagement) ? text(project.issueManagement.url) : undefined;
  const scm = isRecord(project.scm) ? text(project.scm.url) : undefined;
  info.links = { ...(text(project.url) ? { docs: text(project.url) } : {}), ...(issues ? { issues } : {}), ...(scm ? { repo: scm } : {}) };
  const dist = isRecord(project.distributionManagement) ? project.distributionManagement : {};
  if (isRecord(dist.relocation)) {
    const r = dist.relocation;
    info.lifecycle = 'deprecated';
    const g = text(r.groupId) ?? groupId;
    const a = text(r.artifactId) ?? artifactId;
    info.replacement = `${g}:${a}`;
  }
  return info;
}
