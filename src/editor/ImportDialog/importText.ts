/** Reading an import file and wording its problems: one registration's import and the tenant's. */
import type { DocumentProblem } from '../../core/grantsDocument';
import type { ImportPlan } from '../../core/importPlan';
import type { FormatValues, Localizer, PluralForms } from '../strings';

/** Long lists show their first entries and a count: a file of 20,000 apps must not render 20,000 rows. */
export const SHOWN = 50;

/** The first `SHOWN` items, and the line that counts the rest (empty when nothing is left out). */
export function firstOf<T>(
  items: readonly T[],
  more: PluralForms,
  localizer: Localizer,
): { readonly shown: readonly T[]; readonly more: string } {
  const hidden = items.length - SHOWN;
  return { shown: items.slice(0, SHOWN), more: hidden > 0 ? localizer.plural(more, hidden) : '' };
}

export function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/**
 * The file's JSON, parsed, for `readImportFile`; the text itself where it is not JSON (or is a JSON
 * string, which `readImportFile` would take for text), so that reading it names the problem.
 */
export function parseJsonText(text: string): unknown {
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'string' ? text : json;
  } catch {
    return text;
  }
}

export function problemText(problem: DocumentProblem, localizer: Localizer): string {
  return localizer.format(localizer.strings.importExport.problems[problem.code], {
    path: problem.path,
    found: problem.found ?? '',
    firstPath: problem.firstPath ?? '',
  });
}

/**
 * What Replace does, counted before it is chosen: the apps it removes (`base`, worded by the caller)
 * and the lists the file does not have, which it sets to `none` where Merge keeps them.
 */
export function replaceLabel(
  plan: Pick<ImportPlan, 'notInFile' | 'missingLists'>,
  localizer: Localizer,
  base: PluralForms = localizer.strings.importExport.replace,
  values: FormatValues = {},
): string {
  const removes = localizer.plural(base, plan.notInFile.length, values);
  if (plan.missingLists.length === 0) return removes;
  return localizer.plural(localizer.strings.importExport.replaceClears, plan.missingLists.length, {
    base: removes,
  });
}
