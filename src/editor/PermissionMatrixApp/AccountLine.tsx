import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { useEditorHost } from '../host/EditorHostContext';
import { reloadPage } from '../shared/reloadPage';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

/**
 * Who is signed in, and the way to another account: Sign out and Switch account where the tool signed
 * in itself (the page then starts again, and unsaved edits come back from the tab's draft); where the
 * account is the host's (Teams, SharePoint), a sentence saying that it is changed there.
 */
export function AccountLine(props: { readonly userName?: string }): ReactElement | null {
  const { userName } = props;
  const { account } = useEditorHost();
  const { strings, format } = useLocalizer();
  const texts = strings.app;
  const styles = useStyles();
  const [failed, setFailed] = useState<'signOut' | 'switchAccount'>();
  if (userName === undefined && account === undefined) return null;

  const run = async (action: 'signOut' | 'switchAccount'): Promise<void> => {
    if (account?.kind !== 'own') return;
    setFailed(undefined);
    try {
      await account[action]();
    } catch {
      // The popup was closed or blocked, or the identity provider refused: nothing changed.
      setFailed(action);
      return;
    }
    reloadPage();
  };

  return (
    <div className={styles.line}>
      {userName && <Caption1>{format(texts.signedInAs, { name: userName })}</Caption1>}
      {account?.kind === 'own' && (
        <>
          <Button size="small" appearance="transparent" onClick={() => void run('switchAccount')}>
            {texts.switchAccount}
          </Button>
          <Button size="small" appearance="transparent" onClick={() => void run('signOut')}>
            {texts.signOut}
          </Button>
        </>
      )}
      {account?.kind === 'host' && <Caption1>{texts.accountFromHost}</Caption1>}
      {failed && (
        <Caption1 role="alert">{failed === 'signOut' ? texts.signOutFailed : texts.switchFailed}</Caption1>
      )}
    </div>
  );
}
