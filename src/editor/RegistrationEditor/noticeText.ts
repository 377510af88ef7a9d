import type { Localizer } from '../strings';
import type { Notice } from '../session/editingSession';

/** The sentence announced (aria-live) for what an action did beyond the cell that was touched. */
export function noticeText(notice: Notice, localizer: Localizer, labelOf: (appId: string) => string): string {
  const { strings, format, list } = localizer;
  const m = strings.matrix;
  switch (notice.kind) {
    case 'toggle': {
      const values = { app: labelOf(notice.appId), plane: strings.planes[notice.plane] };
      const sentences: string[] = [];
      if (notice.alsoGranted.length > 0)
        sentences.push(format(m.alsoGranted, { ...values, list: list(notice.alsoGranted) }));
      if (notice.alsoRevoked.length > 0)
        sentences.push(format(m.alsoRevoked, { ...values, list: list(notice.alsoRevoked) }));
      return sentences.join(' ');
    }
    case 'column':
      return format(notice.checked ? m.columnGranted : m.columnRevoked, {
        permission: notice.permission,
        plane: strings.planes[notice.plane],
      });
    case 'preset':
      return format(m.presetApplied, {
        preset: strings.presets[notice.presetId],
        app: labelOf(notice.appId),
      });
    case 'copied':
      return format(m.copied, { from: labelOf(notice.fromAppId), app: labelOf(notice.appId) });
    case 'cleared':
      return format(m.cleared, { plane: strings.planes[notice.plane], app: labelOf(notice.appId) });
    case 'removed':
      return format(m.removed, { app: labelOf(notice.appId) });
    case 'added':
      return format(m.added, { app: labelOf(notice.appId) });
    case 'imported':
      return format(m.imported, { file: notice.fileName });
    case 'importCancelled':
      return strings.importExport.cancelled;
    case 'draftDiscarded':
      return m.draftDiscarded;
    case 'conflictsKept':
      return format(m.conflictsKept, { list: list(notice.appIds.map(labelOf)) });
    case 'undone':
      return m.undone;
    case 'redone':
      return m.redone;
  }
}
