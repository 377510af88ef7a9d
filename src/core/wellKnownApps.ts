/**
 * Microsoft's own apps that appear as guest apps on registrations, named without any directory
 * permission: their service principals live in Microsoft's tenant, so a lookup in the customer's
 * directory often finds nothing, and the admin would see a bare id. Only ids that Microsoft's
 * documentation states are listed; each entry says where.
 */
import { appIdKey } from './normalise';

export interface WellKnownApp {
  readonly appId: string;
  /** The product name, as Microsoft's documentation writes it (not translated). */
  readonly name: string;
}

/**
 * Graph Explorer: "Application IDs of Microsoft tenant-owned applications" in "Verify first-party
 * Microsoft applications in sign-in reports",
 * https://learn.microsoft.com/troubleshoot/entra/entra-id/governance/verify-first-party-apps-sign-in
 */
export const GRAPH_EXPLORER_APP_ID = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';

/**
 * Microsoft Foundry (formerly Azure AI Foundry) as a SharePoint Embedded knowledge source: "The Foundry
 * application ID is 880da380-…", granted `readContent` in "Set up SharePoint Embedded as a Foundry
 * knowledge source",
 * https://learn.microsoft.com/sharepoint/dev/embedded/build/sharepoint-embedded-knowledge-source
 */
export const MICROSOFT_FOUNDRY_APP_ID = '880da380-985e-4198-81b9-e05b1cc53158';

export const WELL_KNOWN_APPS: readonly WellKnownApp[] = [
  { appId: GRAPH_EXPLORER_APP_ID, name: 'Graph Explorer' },
  { appId: MICROSOFT_FOUNDRY_APP_ID, name: 'Microsoft Foundry' },
];

const BY_APP = new Map(WELL_KNOWN_APPS.map((app) => [appIdKey(app.appId), app.name]));

/** The name of one of Microsoft's well-known apps, or `undefined` for any other id. */
export function wellKnownAppName(appId: string): string | undefined {
  return BY_APP.get(appIdKey(appId));
}
