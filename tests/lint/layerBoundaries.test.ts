import { loadESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of design.md §3 are enforced by ESLint (eslint.config.mjs). These cases lint small
 * in-memory files placed in each layer and expect the violation to be reported, so a config change
 * that silently drops a boundary fails here.
 */
// ESLint 8 exports the legacy (eslintrc) class as `ESLint`; loadESLint gives the flat-config one.
let eslint: InstanceType<Awaited<ReturnType<typeof loadESLint>>>;

beforeAll(async () => {
  const FlatESLint = await loadESLint({ useFlatConfig: true });
  eslint = new FlatESLint({
    cwd: process.cwd(),
    // The probe files do not exist on disk, so lint them without type information; the boundary
    // rules are syntactic and do not need it.
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/await-thenable': 'off',
      },
    },
  });
  // Loading the config and its plugins takes seconds on a busy machine: paid once here, not by
  // whichever case happens to run first.
  await eslint.lintText('', { filePath: 'src/core/probe.ts' });
}, 60_000);

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const violations: { layer: string; filePath: string; code: string; rule: string }[] = [
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import { useState } from 'react';\nexport const x = useState;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import { Client } from '@microsoft/microsoft-graph-client';\nexport const x = Client;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import { app } from '@microsoft/teams-js';\nexport const x = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import { Version } from '@microsoft/sp-core-library';\nexport const x = Version;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import type { Configuration } from '@azure/msal-browser';\nexport type X = Configuration;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "import { GraphError } from '../graph/errors';\nexport const x = GraphError;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: 'export const here = (): string => window.location.href;\n',
    rule: 'no-restricted-globals',
  },
  {
    layer: 'core',
    filePath: 'src/core/probe.ts',
    code: "export const get = (): Promise<unknown> => fetch('/x');\n",
    rule: 'no-restricted-globals',
  },
  {
    layer: 'graph',
    filePath: 'src/graph/probe.ts',
    code: "import { createElement } from 'react';\nexport const x = createElement;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'graph',
    filePath: 'src/graph/probe.ts',
    code: "import { PublicClientApplication } from '@azure/msal-browser';\nexport const x = PublicClientApplication;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'auth',
    filePath: 'src/auth/probe.ts',
    code: "import { Button } from '@fluentui/react-components';\nexport const x = Button;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'editor',
    filePath: 'src/editor/probe.ts',
    code: "import { app } from '@microsoft/teams-js';\nexport const x = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'editor',
    filePath: 'src/editor/probe.ts',
    code: "import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';\nexport const x = BaseClientSideWebPart;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'editor',
    filePath: 'src/editor/probe.ts',
    code: "import { PublicClientApplication } from '@azure/msal-browser';\nexport const x = PublicClientApplication;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'editor',
    filePath: 'src/editor/probe.ts',
    code: "import { x } from '../hosts/teams/main';\nexport const y = x;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'hosts/teams',
    filePath: 'src/hosts/teams/probe.ts',
    code: "import W from '../sharepoint/PermissionMatrixWebPart/PermissionMatrixWebPart';\nexport const x = W;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'hosts/sharepoint',
    filePath: 'src/hosts/sharepoint/probe.ts',
    code: "import { app } from '@microsoft/teams-js';\nexport const x = app;\n",
    rule: 'no-restricted-imports',
  },
  // src/packaging is Node build code: it builds on core only, and nothing that runs in a browser imports it.
  {
    layer: 'packaging',
    filePath: 'src/packaging/probe.ts',
    code: "import { createElement } from 'react';\nexport const x = createElement;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'packaging',
    filePath: 'src/packaging/probe.ts',
    code: "import { parseAuthConfig } from '../auth/config';\nexport const x = parseAuthConfig;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'packaging',
    filePath: 'src/packaging/probe.ts',
    code: "import { en } from '../editor/strings/en';\nexport const x = en;\n",
    rule: 'no-restricted-imports',
  },
  {
    layer: 'packaging',
    filePath: 'src/packaging/probe.ts',
    code: "import { readTeamsContext } from '../hosts/teams/teamsContext';\nexport const x = readTeamsContext;\n",
    rule: 'no-restricted-imports',
  },
  ...[
    'src/core',
    'src/graph',
    'src/auth',
    'src/editor',
    'src/hosts/teams',
    'src/hosts/sharepoint',
    'src/hosts/shared',
  ].map((folder) => ({
    layer: `${folder.slice('src/'.length)} → packaging`,
    filePath: `${folder}/probe.ts`,
    code: `import { buildTeamsPackage } from '${'../'.repeat(folder.split('/').length - 1)}packaging/buildTeamsPackage';\nexport const x = buildTeamsPackage;\n`,
    rule: 'no-restricted-imports',
  })),
  // src/deploy drives CLI for Microsoft 365 from Node: auth's pure tables only, never MSAL; no browser
  // layer imports it.
  ...[
    "import { createPublicClient } from '../auth';\nexport const x = createPublicClient;\n",
    "import { createPublicClient } from '../auth/createPublicClient';\nexport const x = createPublicClient;\n",
    "import { createGraphClient } from '../graph/createGraphClient';\nexport const x = createGraphClient;\n",
    "import { app } from '@microsoft/teams-js';\nexport const x = app;\n",
  ].map((code) => ({
    layer: 'deploy',
    filePath: 'src/deploy/probe.ts',
    code,
    rule: 'no-restricted-imports',
  })),
  ...['src/editor', 'src/hosts/teams', 'src/hosts/sharepoint'].map((folder) => ({
    layer: `${folder.slice('src/'.length)} → deploy`,
    filePath: `${folder}/probe.ts`,
    code: `import { provision } from '${'../'.repeat(folder.split('/').length - 1)}deploy/provision';\nexport const x = provision;\n`,
    rule: 'no-restricted-imports',
  })),
];

describe('layer boundaries', () => {
  it.each(violations)(
    '$layer: reports $rule for a forbidden dependency ($filePath)',
    async ({ filePath, code, rule }) => {
      const messages = await lintAs(filePath, code);
      expect(messages.some((message) => message.startsWith(`${rule}:`))).toBe(true);
    },
  );

  it('allows a host to use the shared layers it builds on', async () => {
    const messages = await lintAs(
      'src/hosts/teams/probe.ts',
      "import type { Grant } from '../../core/model';\nimport type { GraphError } from '../../graph/errors';\nexport type X = [Grant, GraphError];\n",
    );
    expect(messages.filter((message) => message.startsWith('no-restricted'))).toEqual([]);
  });

  it('allows the packaging code to use the pure core', async () => {
    const messages = await lintAs(
      'src/packaging/probe.ts',
      "import { isGuid } from '../core/validate';\nexport const x = isGuid;\n",
    );
    expect(messages.filter((message) => message.startsWith('no-restricted'))).toEqual([]);
  });

  it('allows the deployment commands the cloud table, the scopes, core and the package build', async () => {
    const messages = await lintAs(
      'src/deploy/probe.ts',
      "import { cloudEndpoints } from '../auth/clouds';\nimport { graphScopes } from '../auth/scopes';\nimport { isGuid } from '../core/validate';\nimport { buildTeamsPackage } from '../packaging/buildTeamsPackage';\nexport const x = [cloudEndpoints, graphScopes, isGuid, buildTeamsPackage];\n",
    );
    expect(messages.filter((message) => message.startsWith('no-restricted'))).toEqual([]);
  });

  it('allows the dependencies that point inward (editor → graph → core)', async () => {
    const messages = await lintAs(
      'src/editor/probe.ts',
      "import type { Grant } from '../core/model';\nimport type { GraphError } from '../graph/errors';\nexport type X = [Grant, GraphError];\n",
    );
    expect(messages.filter((message) => message.startsWith('no-restricted'))).toEqual([]);
  });
});
