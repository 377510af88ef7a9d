import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Menu,
  MenuButton,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { grantsToCsv } from '../../core/grantsCsv';
import type { Grant, Registration } from '../../core/model';
import { SETTINGS } from '../../core/registrationSettings';
import type { SettingKey, SettingsQuestion } from '../../core/registrationSettings';
import { buildTenantOverview, filterOverview } from '../../core/tenantOverview';
import type { OverviewFilter } from '../../core/tenantOverview';
import { ErrorExplanation } from '../ErrorExplanation';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import type { RegistrationListModel } from '../RegistrationList';
import { appKey } from '../session/appLabels';
import { downloadJson, downloadText, tenantExportFileName, tenantGrantsJson } from '../shared/exportGrants';
import { useAppLookups, useAppNamesStatus } from '../shared/useAppNames';
import { settingLabel } from '../shared/settingsText';
import { useLocalizer } from '../strings';
import { OverviewGrid } from './OverviewGrid';
import { LEVEL_FILTER_KEYS, LEVEL_FILTERS, SETTINGS_FILTER_KEYS } from './overviewText';
import type { LevelFilterKey } from './overviewText';
import { useTenantOverviewStyles } from './useTenantOverviewStyles.styles';

/** What the overview's filters leave on screen: what "Apply to registrations…" and export act on. */
export interface OverviewSelectionIds {
  readonly registrationIds: readonly string[];
  readonly appIds: readonly string[];
}

export interface TenantOverviewProps {
  /** The registration list's reads: the overview reads nothing more. */
  readonly model: RegistrationListModel;
  /** The app to put focus on (the one the admin comes back from). */
  readonly focusAppId?: string;
  readonly onBack: () => void;
  /** Opens that registration's matrix, scrolled to the app. */
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
  /** Opens the app view: the app's grants on every registration. */
  readonly onOpenApp: (appId: string) => void;
  /** Tenant-wide actions (apply, import) placed in the overview's toolbar. */
  readonly renderActions?: (selection: OverviewSelectionIds) => ReactNode;
}

interface Entry {
  readonly registration: Registration;
  readonly grants: readonly Grant[];
}

/** The file name of the last export, or `false` when the browser could not download it. */
type Exported = string | false | undefined;

/** Apps × registrations: each app's access level on each registration, per plane. */
export function TenantOverview(props: TenantOverviewProps): ReactElement {
  const { model, focusAppId, onBack, onOpenRegistration, onOpenApp, renderActions } = props;
  const host = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural } = localizer;
  const styles = useTenantOverviewStyles();
  const headingId = useId('overview-heading');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [appQuery, setAppQuery] = useState('');
  const [registrationQuery, setRegistrationQuery] = useState('');
  const [levelKey, setLevelKey] = useState<LevelFilterKey>('any');
  const [risky, setRisky] = useState(false);
  const [settingsQuestion, setSettingsQuestion] = useState<SettingsQuestion | 'any'>('any');
  const [shownSettings, setShownSettings] = useState<readonly string[]>([]);
  const settingKeys = useMemo<SettingKey[]>(
    () => SETTINGS.filter(({ key }) => shownSettings.includes(key)).map(({ key }) => key),
    [shownSettings],
  );
  const [exported, setExported] = useState<Exported>();

  // Keyboard and screen reader users start at the heading, unless they come back to an app's row.
  useEffect(() => {
    if (focusAppId === undefined) headingRef.current?.focus();
  }, [focusAppId]);

  const registrations = model.state.phase === 'ready' ? model.state.registrations : undefined;
  // Only registrations whose grants were read: an empty cell must mean "no grant", never "not read".
  const entries = useMemo<Entry[]>(
    () =>
      (registrations ?? []).flatMap((registration) => {
        const summary = model.grants.get(registration.id);
        return summary?.status === 'loaded' ? [{ registration, grants: summary.read.value }] : [];
      }),
    [registrations, model.grants],
  );
  const reading = (registrations ?? []).some(
    (registration) => model.grants.get(registration.id)?.status === 'loading',
  );
  const unread = (registrations?.length ?? 0) - entries.length;
  const overview = useMemo(() => buildTenantOverview(entries), [entries]);
  // Names follow the directory token as it arrives ("Show app names" in a matrix, or silently).
  const namesStatus = useAppNamesStatus(host.appNames);
  const { names, unresolved } = useAppLookups(host.repository, overview.appIds, namesStatus);

  const filter = useMemo<OverviewFilter>(
    () => ({
      app: appQuery,
      names,
      registration: registrationQuery,
      level: LEVEL_FILTERS[levelKey],
      risky,
      settings: settingsQuestion === 'any' ? undefined : settingsQuestion,
    }),
    [appQuery, names, registrationQuery, levelKey, risky, settingsQuestion],
  );
  const selection = useMemo(() => filterOverview(overview, filter), [overview, filter]);
  const shownRegistrations = useMemo(() => {
    const shown = new Set(selection.registrationIds);
    return overview.registrations.filter((registration) => shown.has(registration.id));
  }, [overview, selection]);
  const shownEntries = useMemo(() => {
    const shown = new Set(selection.registrationIds);
    return entries.filter((entry) => shown.has(entry.registration.id));
  }, [entries, selection]);

  // Every grant of the registrations shown: a file that names a registration holds all of its grants,
  // so importing it again can never read a missing app as one to remove.
  const exportJson = (): void => {
    const now = hostNow(host);
    const fileName = tenantExportFileName('json', now);
    setExported(
      downloadJson(fileName, tenantGrantsJson(shownEntries, now, host.user.tenantId)) ? fileName : false,
    );
  };
  const exportCsv = (): void => {
    const fileName = tenantExportFileName('csv', hostNow(host));
    const csv = grantsToCsv(shownEntries, {
      headers: strings.overview.csvHeaders,
      appName: (appId) => names.get(appKey(appId)),
    });
    // A byte order mark: spreadsheets then read the names as UTF-8.
    setExported(downloadText(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8') ? fileName : false);
  };

  let body: ReactNode;
  if (model.state.phase === 'loading') body = <Spinner label={strings.list.loading} />;
  else if (model.state.phase === 'failed')
    body = <ErrorExplanation error={model.state.error} onRetry={model.reload} />;
  else if (overview.appIds.length === 0)
    body = reading ? <Spinner label={strings.overview.loading} /> : <Body1>{strings.overview.noApps}</Body1>;
  else if (selection.appIds.length === 0 || shownRegistrations.length === 0)
    body = <Body1>{strings.overview.noMatch}</Body1>;
  else
    body = (
      <OverviewGrid
        overview={overview}
        appIds={selection.appIds}
        registrations={shownRegistrations}
        names={names}
        unresolved={unresolved}
        filter={filter}
        focusAppId={focusAppId}
        settingKeys={settingKeys}
        onOpenRegistration={onOpenRegistration}
        onOpenApp={onOpenApp}
      />
    );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          {strings.registration.back}
        </Button>
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {strings.list.overview}
      </h2>
      <Body1 className={styles.intro}>{strings.overview.intro}</Body1>
      <div className={styles.toolbar}>
        <Field label={strings.overview.appFilterLabel} className={styles.field}>
          <SearchBox
            value={appQuery}
            placeholder={strings.overview.appFilterPlaceholder}
            onChange={(_event, data) => setAppQuery(data.value)}
          />
        </Field>
        <Field label={strings.overview.registrationFilterLabel} className={styles.field}>
          <SearchBox
            value={registrationQuery}
            placeholder={strings.overview.registrationFilterPlaceholder}
            onChange={(_event, data) => setRegistrationQuery(data.value)}
          />
        </Field>
        <Field label={strings.overview.levelFilterLabel} className={styles.field}>
          <Select value={levelKey} onChange={(_event, data) => setLevelKey(data.value as LevelFilterKey)}>
            {LEVEL_FILTER_KEYS.map((key) => (
              <option key={key} value={key}>
                {strings.overview.levelFilters[key]}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label={strings.overview.riskyOnly}
          checked={risky}
          onChange={(_event, data) => setRisky(data.checked === true)}
        />
        <Field label={strings.overview.settingFilterLabel} className={styles.field}>
          <Select
            value={settingsQuestion}
            onChange={(_event, data) => setSettingsQuestion(data.value as SettingsQuestion | 'any')}
          >
            {SETTINGS_FILTER_KEYS.map((key) => (
              <option key={key} value={key}>
                {strings.overview.settingFilters[key]}
              </option>
            ))}
          </Select>
        </Field>
        <Menu
          checkedValues={{ settings: [...shownSettings] }}
          onCheckedValueChange={(_event, data) => setShownSettings(data.checkedItems)}
        >
          <MenuTrigger disableButtonEnhancement>
            <MenuButton>{strings.overview.showSettings}</MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {SETTINGS.map(({ key }) => (
                <MenuItemCheckbox key={key} name="settings" value={key}>
                  {settingLabel(key, localizer)}
                </MenuItemCheckbox>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <div className={styles.actions}>
        <Button disabledFocusable={reading || shownEntries.length === 0} onClick={exportJson}>
          {strings.overview.exportJson}
        </Button>
        <Button disabledFocusable={reading || shownEntries.length === 0} onClick={exportCsv}>
          {strings.overview.exportCsv}
        </Button>
        {renderActions?.({ registrationIds: selection.registrationIds, appIds: selection.appIds })}
        <Caption1 className={styles.count}>
          {plural(strings.overview.exportScope, shownEntries.length)}
        </Caption1>
      </div>
      {exported !== undefined && (
        <MessageBar intent={exported === false ? 'error' : 'success'} layout="multiline" politeness="polite">
          <MessageBarBody>
            {exported === false
              ? strings.registration.exportFailed
              : format(strings.overview.exported, { file: exported })}
          </MessageBarBody>
        </MessageBar>
      )}
      {reading && overview.appIds.length > 0 && <Spinner size="tiny" label={strings.overview.loading} />}
      {!reading && unread > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{plural(strings.overview.notRead, unread)}</MessageBarBody>
        </MessageBar>
      )}
      {model.state.phase === 'ready' && overview.appIds.length > 0 && (
        <Caption1 role="status" aria-live="polite" className={styles.count}>
          {format(strings.overview.showing, {
            apps: selection.appIds.length,
            totalApps: overview.appIds.length,
            registrations: shownRegistrations.length,
            totalRegistrations: overview.registrations.length,
          })}
        </Caption1>
      )}
      {body}
    </section>
  );
}
