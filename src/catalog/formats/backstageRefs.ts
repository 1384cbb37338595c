const REF = /^(?:([A-Za-z][\w-]*):)?(?:([^/:\s]+)\/)?([^/:\s]+)$/;

/**
 * A Backstage owner as a full entity ref, the way Backstage resolves `spec.owner` (kind defaults to Group, namespace
 * to the entity's own, else "default"); anything that is not a ref is returned as written.
 *
 * @example backstageOwnerRef('CNCF') // -> 'group:default/CNCF'
 * @example backstageOwnerRef('user:jdoe') // -> 'user:default/jdoe'
 * @example backstageOwnerRef('group:platform/web') // -> 'group:platform/web'
 */
export function backstageOwnerRef(ref: string, namespace = 'default'): string {
  const m = REF.exec(ref.trim());
  if (!m) return ref.trim();
  return `${(m[1] ?? 'group').toLowerCase()}:${m[2] ?? namespace}/${m[3]}`;
}

/**
 * An owner as Backstage shows it (`humanizeEntityRef` with Group as the default kind): the default namespace and the
 * group kind are left out. Logins, `@org/team` and e-mails are shown as they are.
 *
 * @example displayOwner('group:default/team-a') // -> 'team-a'
 * @example displayOwner('user:default/jdoe') // -> 'user:jdoe'
 * @example displayOwner('group:platform/web') // -> 'platform/web'
 * @example displayOwner('@acme/web') // -> '@acme/web'
 */
export function displayOwner(owner: string): string {
  const m = /^(group|user):([^/\s]+)\/(\S+)$/.exec(owner);
  if (!m) return owner;
  const name = m[2] === 'default' ? m[3] : `${m[2]}/${m[3]}`;
  return m[1] === 'group' ? name : `user:${name}`;
}

/**
 * The GitHub team a Backstage Group really is, from its `github.com/team-slug` annotation ("org/team").
 *
 * @example githubTeamOf({ 'github.com/team-slug': 'acme/web' }) // -> '@acme/web'
 * @example githubTeamOf({}) // -> undefined
 */
export function githubTeamOf(annotations: Record<string, unknown>): string | undefined {
  const slug = annotations['github.com/team-slug'];
  return typeof slug === 'string' && /^[\w.-]+\/[\w.-]+$/.test(slug.trim()) ? `@${slug.trim()}` : undefined;
}
