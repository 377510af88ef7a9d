import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import type { Plane } from '../../core/model';
import { normalisePlane, sameAppId } from '../../core/normalise';
import { GRANTABLE_PERMISSIONS } from '../../core/permissions';
import {
  PRESETS,
  findPreset,
  isEmptyPermissionSet,
  type PermissionSet,
  type PresetId,
} from '../../core/presets';
import { planTenantOperation, type TenantPlan } from '../../core/tenantPlan';
import { isGuid, readGuidInput } from '../../core/validate';
import { wellKnownAppName } from '../../core/wellKnownApps';
import { useEditorHost } from '../host/EditorHostContext';
import { presetGrantsText } from '../shared/presetGrants';
import type { LoadedTenant } from '../shared/tenantGrants';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export interface ApplyDialogProps {
  readonly tenant: LoadedTenant;
  /** The app, prefilled (the overview's one filtered app, the app view's app). */
  readonly appId?: string;
  /** The app view's own app: shown, not editable. */
  readonly appFixed?: boolean;
  /** The registrations the overview's filters leave, offered besides all of them. */
  readonly filteredIds?: readonly string[];
  readonly onReview: (plan: TenantPlan) => void;
  readonly onClose: () => void;
}

type AppChoice =
  | { readonly type: 'found'; readonly appId: string }
  | { readonly type: 'unknown' }
  | { readonly type: 'ambiguous' };

type What = PresetId | 'explicit';

/**
 * "Apply to registrations…": one app gets a preset (what it grants is said before it is applied) or
 * an explicit permission set, on every registration or the ones the overview shows. The plan goes to
 * the review across registrations; nothing is written from here.
 */
export default function ApplyDialog(props: ApplyDialogProps): ReactElement {
  const { tenant, appFixed, filteredIds, onReview, onClose } = props;
  const { repository } = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural } = localizer;
  const styles = useStyles();
  const [appText, setAppText] = useState(props.appId ?? '');
  const [what, setWhat] = useState<What>();
  const [explicit, setExplicit] = useState<Record<Plane, string[]>>({ delegated: [], application: [] });
  const allIds = useMemo(() => tenant.entries.map((entry) => entry.registration.id), [tenant.entries]);
  const narrower = filteredIds !== undefined && filteredIds.length < allIds.length;
  const [scope, setScope] = useState<'all' | 'filtered'>(narrower ? 'filtered' : 'all');

  // An app by its client id, or by the name of an app that already holds a grant somewhere.
  const app = useMemo((): AppChoice => {
    const typed = readGuidInput(appText);
    if (isGuid(typed)) return { type: 'found', appId: typed };
    const name = typed.toLowerCase();
    if (name === '') return { type: 'unknown' };
    const matches = new Set<string>();
    for (const entry of tenant.entries) {
      for (const grant of entry.grants) {
        const known = repository.knownAppDisplayName(grant.appId) ?? wellKnownAppName(grant.appId);
        if (known?.trim().toLowerCase() === name) matches.add(grant.appId.toLowerCase());
      }
    }
    if (matches.size === 1) return { type: 'found', appId: [...matches][0] ?? '' };
    return { type: matches.size > 1 ? 'ambiguous' : 'unknown' };
  }, [appText, tenant.entries, repository]);

  const presets = PRESETS.filter(
    (preset) => preset.appId === undefined || (app.type === 'found' && sameAppId(preset.appId, app.appId)),
  );
  const permissions: PermissionSet | undefined =
    what === undefined
      ? undefined
      : what === 'explicit'
        ? {
            delegatedPermissions: normalisePlane(explicit.delegated),
            applicationPermissions: normalisePlane(explicit.application),
          }
        : findPreset(what);
  const registrationIds = scope === 'filtered' && filteredIds ? filteredIds : allIds;
  // Nothing chosen on either plane would write `none/none` everywhere: a removal by another name, so
  // it is refused here (removing an app has its own action and review).
  const empty = permissions !== undefined && isEmptyPermissionSet(permissions);
  const emptyId = useId('apply-empty');
  // The count offered is the count reviewed: never while grants are still arriving.
  const ready = app.type === 'found' && permissions !== undefined && !empty && !tenant.loading;

  const review = (): void => {
    if (app.type !== 'found' || permissions === undefined || empty) return;
    onReview(
      planTenantOperation(tenant.entries, {
        type: 'apply',
        appId: app.appId,
        permissions,
        registrationIds,
      }),
    );
  };

  const appMessage =
    app.type === 'found'
      ? format(strings.tenant.appFound, { app: displayText(app.appId) })
      : appText.trim() === ''
        ? strings.tenant.appFieldHint
        : app.type === 'ambiguous'
          ? strings.tenant.appAmbiguous
          : strings.tenant.appUnknown;

  const planeField = (plane: Plane, label: string): ReactElement => (
    <Field label={label}>
      <Dropdown
        multiselect
        selectedOptions={explicit[plane]}
        value={explicit[plane].join(strings.common.listSeparator)}
        onOptionSelect={(_event, data) => setExplicit({ ...explicit, [plane]: data.selectedOptions })}
      >
        {GRANTABLE_PERMISSIONS.filter((permission) => permission !== 'none').map((permission) => (
          <Option key={permission} value={permission}>
            {permission}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{strings.tenant.applyTitle}</WrappingDialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label={strings.tenant.appField}
              validationState={app.type === 'found' || appText.trim() === '' ? 'none' : 'error'}
              validationMessage={appMessage}
            >
              <Input
                value={appText}
                readOnly={appFixed}
                onChange={(_event, data) => setAppText(data.value)}
              />
            </Field>
            <Field label={strings.tenant.whatLabel}>
              <RadioGroup value={what ?? ''} onChange={(_event, data) => setWhat(data.value as What)}>
                {presets.map((preset) => (
                  <Radio
                    key={preset.id}
                    value={preset.id}
                    // What the preset grants, before it is applied, as the matrix's menu says it.
                    label={`${strings.presets[preset.id]}: ${presetGrantsText(preset, localizer)}`}
                  />
                ))}
                <Radio
                  value="explicit"
                  label={`${strings.tenant.explicit}: ${strings.tenant.explicitGrants}`}
                />
              </RadioGroup>
            </Field>
            {what === 'explicit' && (
              <>
                {planeField('delegated', strings.tenant.delegatedField)}
                {planeField('application', strings.tenant.applicationField)}
                {empty && <Text id={emptyId}>{strings.tenant.explicitEmpty}</Text>}
              </>
            )}
            <Field label={strings.tenant.scopeLabel}>
              <RadioGroup
                value={scope}
                onChange={(_event, data) => setScope(data.value === 'filtered' ? 'filtered' : 'all')}
              >
                <Radio value="all" label={plural(strings.tenant.scopeAll, allIds.length)} />
                {narrower && (
                  <Radio value="filtered" label={plural(strings.tenant.scopeFiltered, filteredIds.length)} />
                )}
              </RadioGroup>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {strings.common.cancel}
            </Button>
            <Button
              appearance="primary"
              disabled={!ready}
              aria-describedby={empty ? emptyId : undefined}
              onClick={review}
            >
              {strings.tenant.review}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
