/**
 * A configuration problem in the admin's words. The tab and the web part's page pass the editor's
 * strings, the web part's property pane its `loc/` strings: one wording rule, two resource files.
 */
import type { ConfigProblem, ConfigProblemCode } from '../../auth';
import { format } from '../../editor/strings/format';

/**
 * A template per code with `{received}` (the value given) and the problem's own parameters
 * (`{clouds}`, `{permission}`, `{command}`); `received` quotes a value (`{value}`), `nothing` stands
 * for a missing one.
 */
export type ConfigProblemTexts = Readonly<Record<ConfigProblemCode, string>> & {
  readonly received: string;
  readonly nothing: string;
};

export function configProblemText(problem: ConfigProblem, texts: ConfigProblemTexts): string {
  return format(texts[problem.code], {
    ...problem.params,
    received:
      problem.received === undefined ? texts.nothing : format(texts.received, { value: problem.received }),
  });
}
