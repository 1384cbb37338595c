import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { isRecord, uniqueRefs } from './manifestUtil';
import { parseXml, text } from './xmlUtil';

/**
 * Reads an SDK-style *.csproj: PackageId (else AssemblyName, else the file name) is the NuGet package unless
 * IsPackable is false; `<PackageReference Include>` items are dependencies (PrivateAssets="all" ones are build-only).
 *
 * @example parseCsproj('<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><PackageId>Acme.Http</PackageId></PropertyGroup></Project>', 'src/Acme.Http.csproj')
 *   // -> { packages: [{ecosystem:'nuget', name:'Acme.Http'}], ... }
 */
export function parseCsproj(xml: string, path: string): ManifestInfo {
  const doc = parseXml(xml, path, ['PropertyGroup', 'ItemGroup', 'PackageReference']);
  const project = doc.Project;
  if (!isRecord(project)) throw new ManifestError(path, 'no <Project> root element');
  const props: Record<string, string> = {};
  for (const group of (project.PropertyGroup as unknown[] | undefined) ?? []) {
    if (!isRecord(group)) continue;
    for (const [k, v] of Object.entries(group)) if (!k.startsWith('@_') && text(v) && props[k] === undefined) props[k] = text(v)!;
  }
  const info = emptyManifest(path, 'csproj');
  const fileName = path.split('/').pop()!.replace(/\.csproj$/i, '');
  const id = props.PackageId ?? props.AssemblyName ?? fileName;
  info.name = id;
  if (props.IsPackable?.toLowerCase() !== 'false') info.packages.push({ ecosystem: 'nuget', name: id });
  if (props.OutputType && /exe/i.test(props.OutputType) && !props.PackageId) info.kind = 'application';
  info.description = props.Description;
  info.keywords = (props.PackageTags ?? '').split(/[;,\s]+/).filter(Boolean);
  for (const group of (project.ItemGroup as unknown[] | undefined) ?? []) {
    if (!isRecord(group)) continue;
    for (const ref of (group.PackageReference as unknown[] | undefined) ?? []) {
      if (!isRecord(ref)) continue;
      const include = text(ref['@_Include']);
      if (!include) throw new ManifestError(path, '<PackageReference> without an Include attribute');
      const privateAssets = text(ref['@_PrivateAssets']) ?? text(ref.PrivateAssets);
      if (privateAssets?.toLowerCase() === 'all') continue;
      info.dependencies.push({ ecosystem: 'nuget', name: include });
    }
  }
  info.dependencies = uniqueRefs(info.dependencies);
  info.links = {
    ...(props.PackageProjectUrl ? { docs: props.PackageProjectUrl } : {}),
    ...(props.RepositoryUrl ? { repo: props.RepositoryUrl } : {}),
  };
  return info;
}
