/**
 * The save requests a review sends after a first attempt, for one registration: a retry of only the
 * apps that failed, and the write of the values chosen for conflicts. One registration's review and the
 * review across registrations build them the same way.
 */
import { overlayGrants } from '../../core/grantList';
import type { Grant } from '../../core/model';
import { grantsEqual } from '../../core/normalise';
import { applyResolutions, type ConflictResolution, type GrantVersions } from '../../core/savePlan';
import type { SaveReport, SaveRequest } from '../../graph/RegistrationRepository';

/** The apps whose write failed or got no answer: what "Retry" sends again. */
export function failedAppIds(report: SaveReport): string[] {
  return report.outcomes
    .filter((outcome) => outcome.status === 'failed' || outcome.status === 'unknown')
    .map((outcome) => outcome.appId);
}

/** Only the failed apps: everything else is either saved already or waiting for a conflict choice. */
export function retryRequest(
  registrationId: string,
  versions: GrantVersions,
  report: SaveReport,
): SaveRequest {
  return {
    registrationId,
    baseline: versions.baseline,
    edited: overlayGrants(versions.baseline, versions.edited, failedAppIds(report)),
  };
}

/**
 * The versions once conflicts are settled, and the request that writes exactly the values chosen
 * (`undefined` when every choice keeps what the service holds: nothing to write).
 */
export function resolutionRequest(
  registrationId: string,
  versions: GrantVersions,
  resolutions: readonly ConflictResolution[],
): { readonly versions: GrantVersions; readonly request?: SaveRequest } {
  const next = applyResolutions(versions.baseline, versions.edited, resolutions);
  const toWrite = resolutions.filter((resolution) => !grantsEqual(resolution.chosen, resolution.theirs));
  if (toWrite.length === 0) return { versions: next };
  return {
    versions: next,
    request: {
      registrationId,
      baseline: next.baseline,
      edited: overlayGrants(
        next.baseline,
        next.edited,
        toWrite.map((resolution) => resolution.appId),
      ),
      resolved: toWrite.flatMap((resolution): Grant[] => (resolution.chosen ? [resolution.chosen] : [])),
    },
  };
}

/** A report without its conflicts: what is left once the admin kept every service value. */
export function withoutConflicts(report: SaveReport): SaveReport {
  return { ...report, outcomes: report.outcomes.filter((outcome) => outcome.status !== 'conflict') };
}
