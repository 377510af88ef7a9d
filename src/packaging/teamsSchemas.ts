/**
 * Validation of the Teams app manifest and its localization files against Microsoft's JSON schemas,
 * strictly offline: `@microsoft/app-manifest` ships every manifest version's schemas
 * (build/json-schemas/teams/v<version>/); they are draft-04 schemas, checked with ajv.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type TeamsSchemaKind = 'manifest' | 'localization';

const SCHEMA_FILES: Readonly<Record<TeamsSchemaKind, string>> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

const compiled = new Map<string, ValidateFunction>();

/** The public address of a schema; `$schema` in teams/*.json uses the same form. */
export function teamsSchemaUrl(kind: TeamsSchemaKind, manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/${SCHEMA_FILES[kind]}`;
}

/** Where `@microsoft/app-manifest` keeps that schema on disk. */
export function localTeamsSchemaPath(kind: TeamsSchemaKind, manifestVersion: string): string {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  return join(
    dirname(packageJson),
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    SCHEMA_FILES[kind],
  );
}

/**
 * Validates `document` against the Teams schema of `kind` for `manifestVersion` and returns the
 * schema's complaints (empty when valid).
 */
export function validateAgainstTeamsSchema(
  kind: TeamsSchemaKind,
  manifestVersion: string,
  document: unknown,
): string[] {
  const validate = schemaValidator(kind, manifestVersion);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
}

function schemaValidator(kind: TeamsSchemaKind, manifestVersion: string): ValidateFunction {
  const key = `${kind}@${manifestVersion}`;
  const known = compiled.get(key);
  if (known) return known;
  if (!/^\d+\.\d+$/.test(manifestVersion)) {
    throw new Error(`manifestVersion "${manifestVersion}" is not a Teams manifest version like "1.30".`);
  }
  const path = localTeamsSchemaPath(kind, manifestVersion);
  if (!existsSync(path)) {
    throw new Error(
      `@microsoft/app-manifest has no ${SCHEMA_FILES[kind]} for manifestVersion ${manifestVersion}.`,
    );
  }
  const schema = JSON.parse(readFileSync(path, 'utf8')) as { $schema?: string };
  if (!schema.$schema?.includes('draft-04')) throw new Error(`${path} is not a draft-04 schema.`);
  // Settings as in @microsoft/app-manifest's own validator, except unicodeRegExp: Microsoft's
  // Localization schemas hold patterns (an unescaped `]`) that are invalid under the `u` flag.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  compiled.set(key, validate);
  return validate;
}
