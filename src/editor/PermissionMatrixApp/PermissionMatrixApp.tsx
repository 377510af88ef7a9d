import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title1,
  mergeClasses,
  useFocusFinders,
  useId,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import type { ReadResult, Registration, RegistrationWithGrants } from '../../core/model';
import type { RegisterOutcome } from '../../graph/RegistrationRepository';
import type { EditorHost } from '../EditorHost';
import { EditorHostProvider } from '../host/EditorHostContext';
import { resolveFluentTheme } from '../host/theme';
import { useHostTheme } from '../host/useHostTheme';
import {
  RegistrationEditor,
  prefetchRegistrationEditor,
  type RegistrationArrival,
} from '../RegistrationEditor';
import { RegistrationList, useRegistrationList } from '../RegistrationList';
import { RegisterDialog } from '../RegisterDialog';
import { TenantActions } from '../TenantActions';
import { TenantAppView } from '../TenantAppView';
import { TenantOverview } from '../TenantOverview';
import { PartBoundary } from '../shared/PartBoundary';
import { useFocusReturn } from '../shared/useFocusReturn';
import { LocalizerProvider, useHostLocalizer, useLocalizer } from '../strings';
import { AccountLine } from './AccountLine';
import { usePermissionMatrixAppStyles } from './usePermissionMatrixAppStyles.styles';

export interface PermissionMatrixAppProps {
  readonly host: EditorHost;
}

type View =
  | { readonly kind: 'list'; readonly focusRegistrationId?: string }
  | { readonly kind: 'overview'; readonly focusAppId?: string }
  | { readonly kind: 'app'; readonly appId: string }
  | {
      readonly kind: 'registration';
      readonly registration: Registration;
      /** Already read (right after registering): shown without reading it again. */
      readonly initial?: ReadResult<RegistrationWithGrants>;
      readonly arrival?: RegistrationArrival;
      readonly refreshInitial?: boolean;
      /** The app to scroll to and focus (opened from the overview or the app view). */
      readonly focusAppId?: string;
      /** Where Back goes: the list (the default) or the overview the registration was opened from. */
      readonly returnTo?: 'list' | 'overview';
      /** Counts openings, so that opening the registration on screen again starts afresh. */
      readonly opening: number;
    };

interface RegisterRequest {
  readonly containerTypeId?: string;
}

function EditorShell(props: { readonly host: EditorHost }): ReactElement {
  const { host } = props;
  const { strings } = useLocalizer();
  const styles = usePermissionMatrixAppStyles();
  const list = useRegistrationList(host);
  // The matrix screen's code downloads while the admin reads the list.
  useEffect(prefetchRegistrationEditor, []);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [register, setRegister] = useState<RegisterRequest>();
  const focusReturn = useFocusReturn();
  // Holds Fluent's focus manager (tabster) for the app's lifetime. Otherwise, when a dialog is its last
  // user (e.g. over an empty list), unmounting it disposes tabster before it lifts the aria-hidden it
  // put on the rest of the page, leaving the whole editor hidden from assistive technology.
  useFocusFinders();
  const titleId = useId('permission-matrix-title');
  const userName = host.user.displayName ?? host.user.userPrincipalName;

  const openRegister = useCallback(
    (request: RegisterRequest) => {
      focusReturn.remember();
      setRegister(request);
    },
    [focusReturn],
  );
  const closeRegister = useCallback(() => {
    setRegister(undefined);
    focusReturn.restore();
  }, [focusReturn]);
  const openings = useRef(0);
  const open = useCallback((next: Omit<Extract<View, { kind: 'registration' }>, 'kind' | 'opening'>) => {
    openings.current += 1;
    setView({ kind: 'registration', ...next, opening: openings.current });
  }, []);
  const backFrom = useCallback(
    (registrationId: string, returnTo: 'list' | 'overview' = 'list', appId?: string) =>
      setView(
        returnTo === 'overview'
          ? { kind: 'overview', focusAppId: appId }
          : { kind: 'list', focusRegistrationId: registrationId },
      ),
    [],
  );
  // One read per resource: the matrix shows the list's read at once and refreshes behind it.
  const openRead = useCallback(
    (
      registration: Registration,
      extra: Pick<Extract<View, { kind: 'registration' }>, 'focusAppId' | 'returnTo'> = {},
    ) => {
      const summary = list.grants.get(registration.id);
      open(
        summary?.status === 'loaded'
          ? {
              registration,
              initial: {
                value: { ...registration, applicationPermissionGrants: summary.read.value },
                warnings: summary.read.warnings,
              },
              refreshInitial: true,
              ...extra,
            }
          : { registration, ...extra },
      );
    },
    [list.grants, open],
  );

  // Everything the tool has read that says a type is registered: "Register" opens these, never PUTs them.
  const knownRegistrations = useMemo(
    () => [
      ...(list.state.phase === 'ready' ? list.state.registrations : []),
      ...(view.kind === 'registration' ? [view.registration] : []),
    ],
    [list.state, view],
  );

  const inline = host.layout === 'inline';
  // A web part sits on a page that already has a main landmark and an h1.
  const Root = inline ? 'section' : 'div';
  const Main = inline ? 'div' : 'main';
  return (
    <Root
      className={mergeClasses(styles.root, !inline && styles.page)}
      aria-labelledby={inline ? titleId : undefined}
    >
      <header className={styles.header}>
        <Title1
          as={inline ? 'h2' : 'h1'}
          id={titleId}
          className={mergeClasses(styles.title, host.titleShownByHost && styles.titleForScreenReaders)}
        >
          {strings.app.title}
        </Title1>
        <AccountLine userName={userName} />
      </header>
      {host.user.role === 'missing_role' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.app.roleMissingTitle}</MessageBarTitle>
            {strings.app.roleMissingBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <Main className={styles.main}>
        {view.kind === 'list' ? (
          <RegistrationList
            model={list}
            onOpen={(registration) => openRead(registration)}
            onRegister={() => openRegister({})}
            onOpenOverview={() => setView({ kind: 'overview' })}
            focusRegistrationId={view.focusRegistrationId}
          />
        ) : view.kind === 'overview' ? (
          <TenantOverview
            model={list}
            focusAppId={view.focusAppId}
            onBack={() => setView({ kind: 'list' })}
            onOpenRegistration={(registration, appId) =>
              openRead(registration, { focusAppId: appId, returnTo: 'overview' })
            }
            onOpenApp={(appId) => setView({ kind: 'app', appId })}
            renderActions={(selection) => <TenantActions model={list} {...selection} />}
          />
        ) : view.kind === 'app' ? (
          <TenantAppView
            appId={view.appId}
            model={list}
            onBack={() => setView({ kind: 'overview', focusAppId: view.appId })}
            onOpenRegistration={(registration, appId) =>
              openRead(registration, { focusAppId: appId, returnTo: 'overview' })
            }
          />
        ) : (
          <PartBoundary
            key={view.opening}
            part={displayText(view.registration.name || view.registration.id)}
            onDismiss={() => backFrom(view.registration.id, view.returnTo, view.focusAppId)}
          >
            <Suspense fallback={<Spinner label={strings.registration.loading} />}>
              <RegistrationEditor
                // Each opening is a new editing session, even of the registration already on screen
                // (e.g. registering the one whose load just failed).
                key={`${view.registration.id}#${view.opening}`}
                registration={view.registration}
                initial={view.initial}
                refreshInitial={view.refreshInitial}
                arrival={view.arrival}
                focusAppId={view.focusAppId}
                backTo={view.returnTo}
                onBack={() => backFrom(view.registration.id, view.returnTo, view.focusAppId)}
                onGrantsSaved={list.setGrants}
                onRegistrationRead={list.setRegistration}
                onRegister={(containerTypeId) => openRegister({ containerTypeId })}
              />
            </Suspense>
          </PartBoundary>
        )}
      </Main>
      <PartBoundary part={strings.register.title} onDismiss={closeRegister}>
        <Suspense fallback={null}>
          {register && (
            <RegisterDialog
              containerTypeId={register.containerTypeId}
              knownRegistrations={knownRegistrations}
              onClose={closeRegister}
              onDone={(outcome: RegisterOutcome) => {
                setRegister(undefined);
                list.reload();
                open(
                  outcome.type === 'registered'
                    ? {
                        registration: outcome.registration,
                        initial: { value: outcome.registration, warnings: outcome.warnings },
                        arrival: outcome.readBack ? 'registered' : 'registeredUnread',
                      }
                    : { registration: outcome.registration, arrival: 'alreadyRegistered' },
                );
              }}
            />
          )}
        </Suspense>
      </PartBoundary>
    </Root>
  );
}

/**
 * The whole editor as hosts mount it: Fluent theme (following the host live), strings for the
 * host's locale, and navigation between the registration list and one registration's matrix.
 */
export function PermissionMatrixApp(props: PermissionMatrixAppProps): ReactElement | null {
  const { host } = props;
  const theme = useHostTheme(host);
  const fluentTheme = useMemo(() => resolveFluentTheme(theme), [theme]);
  const localizer = useHostLocalizer(host.locale);
  // Hosts load the strings before they mount the editor; until then nothing, never English first.
  if (localizer === undefined) return null;
  return (
    <FluentProvider theme={fluentTheme} dir="ltr" lang={localizer.locale}>
      <EditorHostProvider value={host}>
        <LocalizerProvider value={localizer}>
          {/* The last line: whatever fails below and is not caught nearer shows a message, never a blank page. */}
          <PartBoundary part={localizer.strings.app.title}>
            <EditorShell host={host} />
          </PartBoundary>
        </LocalizerProvider>
      </EditorHostProvider>
    </FluentProvider>
  );
}
