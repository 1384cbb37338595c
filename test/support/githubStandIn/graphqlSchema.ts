import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, execute, parse, validate, GraphQLError, type GraphQLSchema, type DocumentNode } from 'graphql';

// GitHub's public schema as @octokit/graphql-schema ships it (schema.graphql has duplicate fields graphql-js
// rejects, so the introspection JSON is the faithful source). Built once per process: ~150 ms.
// The package exports only an ESM entry, so find its schema.json on disk by walking up to node_modules.
function schemaJsonPath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('GitHub stand-in: cannot find @octokit/graphql-schema/schema.json; run npm install.');
  }
}

const INTROSPECTION = JSON.parse(readFileSync(schemaJsonPath(), 'utf8'));
const SCHEMA: GraphQLSchema = buildClientSchema(INTROSPECTION.data ?? INTROSPECTION);

/** An error in GitHub's GraphQL shape. */
export interface GitHubGraphQLError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

/** A resolver failure that GitHub reports with a `type` (NOT_FOUND, EXCESSIVE_PAGINATION, ...). */
export class TypedGraphQLFailure extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

// graphql-js says `Cannot query field "x" on type "T".`; GitHub says `Field 'x' doesn't exist on type 'T'`.
function githubShaped(error: GraphQLError): GitHubGraphQLError {
  const undefinedField = /^Cannot query field "([^"]+)" on type "([^"]+)"/.exec(error.message);
  const locations = error.locations?.map((l) => ({ line: l.line, column: l.column }));
  if (undefinedField) {
    return {
      path: error.path as (string | number)[] | undefined,
      extensions: { code: 'undefinedField', typeName: undefinedField[2], fieldName: undefinedField[1] },
      locations,
      message: `Field '${undefinedField[1]}' doesn't exist on type '${undefinedField[2]}'`,
    };
  }
  const original = error.originalError;
  if (original instanceof TypedGraphQLFailure) {
    return { type: original.type, path: error.path as (string | number)[] | undefined, locations, message: original.message };
  }
  return { path: error.path as (string | number)[] | undefined, locations, message: error.message };
}

/**
 * Parses, validates against GitHub's schema, and executes with `rootValue` (plain objects whose function-valued
 * properties take (args, context)). Invalid queries never reach the resolvers: `{ errors }` like GitHub's.
 */
export async function runGraphQL(
  query: unknown,
  variables: unknown,
  rootValue: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: GitHubGraphQLError[] }> {
  if (typeof query !== 'string' || !query.trim()) {
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (err) {
    return { errors: [githubShaped(err as GraphQLError)] };
  }
  const invalid = validate(SCHEMA, document);
  if (invalid.length > 0) return { errors: invalid.map(githubShaped) };
  const result = await execute({
    schema: SCHEMA,
    document,
    rootValue,
    variableValues: (variables ?? {}) as Record<string, unknown>,
  });
  return {
    ...(result.data !== undefined ? { data: result.data } : {}),
    ...(result.errors?.length ? { errors: result.errors.map(githubShaped) } : {}),
  };
}
