/** The command line of `npm start` / `npm run stack` (arguments after `--`). */
import { readTenantChoice, type TenantChoice } from './generatedTenant';

export interface StartOptions {
  /** `--data FILE`: keep the tenant's state in this JSON file between runs. */
  readonly dataFile?: string;
  /** `--tenant demo | hostile | large | <registrations>x<apps>`: the tenant to start with and reset to. */
  readonly tenant: TenantChoice;
  /** `--open`: open the Teams host simulator in a desktop browser. */
  readonly open: boolean;
}

export const START_USAGE =
  'Options: --data FILE, --tenant demo|hostile|large|<registrations>x<apps>, --open.';

export function readStartOptions(args: readonly string[]): StartOptions | { readonly problem: string } {
  let dataFile: string | undefined;
  let tenant: TenantChoice = 'demo';
  let open = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const value = args[index + 1];
    if (arg === '--open') {
      open = true;
    } else if (arg === '--data' && value !== undefined) {
      dataFile = value;
      index += 1;
    } else if (arg === '--tenant' && value !== undefined) {
      const choice = readTenantChoice(value);
      if (typeof choice === 'object' && 'problem' in choice) return choice;
      tenant = choice;
      index += 1;
    } else {
      return { problem: `Unknown or incomplete option ${arg ?? ''}. ${START_USAGE}` };
    }
  }
  return { dataFile, tenant, open };
}
