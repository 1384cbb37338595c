import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { replacementFromMessage, uniqueRefs } from './manifestUtil';

function unquote(token: string): string {
  return token.startsWith('"') || token.startsWith('`') ? token.slice(1, -1) : token;
}

/**
 * Reads a go.mod: the module path is the published package; direct `require`s (not `// indirect`) are the runtime
 * dependencies; a `// Deprecated:` comment right before the module directive (Go's own convention) marks deprecation.
 *
 * @example parseGoMod('module github.com/acme/go-retry\nrequire github.com/cenkalti/backoff/v4 v4.3.0\n', 'go.mod')
 *   // -> { packages: [{ecosystem:'go', name:'github.com/acme/go-retry'}], dependencies: [{ecosystem:'go', name:'github.com/cenkalti/backoff/v4'}], ... }
 */
export function parseGoMod(text: string, path: string): ManifestInfo {
  const info = emptyManifest(path, 'go.mod');
  let block: string | undefined;
  let pendingComment: string[] = [];
  let deprecation: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const commentAt = raw.indexOf('//');
    const code = (commentAt >= 0 ? raw.slice(0, commentAt) : raw).trim();
    const comment = commentAt >= 0 ? raw.slice(commentAt + 2).trim() : '';
    if (!code) {
      if (comment) pendingComment.push(comment);
      else pendingComment = [];
      return;
    }
    if (block !== undefined) {
      if (code === ')') {
        block = undefined;
      } else if (block === 'require') {
        addRequire(code.split(/\s+/), comment, i);
      }
      pendingComment = [];
      return;
    }
    const [verb, ...args] = code.split(/\s+/);
    if (args[0] === '(' && args.length === 1) {
      block = verb;
    } else if (verb === 'module') {
      if (!args[0]) throw new ManifestError(path, `line ${i + 1}: module directive without a path`);
      const modulePath = unquote(args[0]);
      info.packages.push({ ecosystem: 'go', name: modulePath });
      info.name = modulePath.split('/').pop();
      const dep = pendingComment.join(' ').match(/Deprecated:\s*(.*)$/);
      if (dep) deprecation = dep[1];
    } else if (verb === 'require') {
      addRequire(args, comment, i);
    } else if (!['go', 'toolchain', 'replace', 'exclude', 'retract', 'godebug', 'tool', 'ignore'].includes(verb)) {
      throw new ManifestError(path, `line ${i + 1}: unknown directive "${verb}"`);
    }
    pendingComment = [];
  });
  if (block !== undefined) throw new ManifestError(path, `unterminated "${block} (" block`);
  if (!info.packages.length) throw new ManifestError(path, 'no module directive');
  if (deprecation !== undefined) {
    info.lifecycle = 'deprecated';
    info.replacement = replacementFromMessage(deprecation, { ecosystem: 'go', from: info.packages[0].name });
  }
  info.dependencies = uniqueRefs(info.dependencies);
  return info;

  function addRequire(tokens: string[], comment: string, i: number): void {
    if (tokens.length < 2) throw new ManifestError(path, `line ${i + 1}: require needs a module path and a version`);
    if (/\bindirect\b/.test(comment)) return;
    info.dependencies.push({ ecosystem: 'go', name: unquote(tokens[0]) });
  }
}
