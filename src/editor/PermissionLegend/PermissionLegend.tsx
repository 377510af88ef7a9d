import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import {
  PERMISSION_CATALOG,
  PERMISSION_GROUP_ORDER,
  closureOf,
  permissionsInGroup,
} from '../../core/catalog';
import { GRANTABLE_PERMISSIONS, type GrantablePermission } from '../../core/permissions';
import { PRESETS } from '../../core/presets';
import { presetGrantsText } from '../shared/presetGrants';
import { useLocalizer } from '../strings';

/** Microsoft's page on container type application permissions (delegated and app-only). */
export const PERMISSIONS_DOCS_URL = 'https://learn.microsoft.com/sharepoint/dev/embedded/development/auth';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '60rem',
  },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0 },
  term: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  definition: { marginLeft: 0, marginBottom: tokens.spacingVerticalXS },
});

/** Every permission `full` stands for: all but `none` and itself. */
const EVERY_OTHER = GRANTABLE_PERMISSIONS.length - 2;

/**
 * What each permission and preset means, without hovering: a panel the keyboard opens (its header is a
 * button). Everything comes from the catalog and the presets, so it cannot drift from the matrix's rules.
 */
export function PermissionLegend(): ReactElement {
  const localizer = useLocalizer();
  const { strings, format, list } = localizer;
  const styles = useStyles();

  const implications = (permission: GrantablePermission): string[] => {
    const { implies, requires } = PERMISSION_CATALOG[permission];
    const sentences: string[] = [];
    if (implies.length > 0) {
      sentences.push(
        closureOf(permission).size - 1 === EVERY_OTHER
          ? strings.legend.includesEverything
          : format(strings.legend.includes, { list: list(implies) }),
      );
    }
    if (requires.length > 0) sentences.push(format(strings.legend.requires, { list: list(requires) }));
    return sentences;
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="legend">
        <AccordionHeader as="h3" size="small">
          {strings.legend.toggle}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Body1>{strings.legend.intro}</Body1>
          <div className={styles.groups}>
            {PERMISSION_GROUP_ORDER.map((group) => (
              <section key={group} aria-label={strings.groups[group]}>
                <h4 className={styles.heading}>{strings.groups[group]}</h4>
                <dl className={styles.list}>
                  {permissionsInGroup(group).map((permission) => (
                    <div key={permission}>
                      <dt className={styles.term}>{permission}</dt>
                      <dd className={styles.definition}>
                        {[strings.permissionDescriptions[permission], ...implications(permission)].join(' ')}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
            <section aria-label={strings.legend.presetsHeading}>
              <h4 className={styles.heading}>{strings.legend.presetsHeading}</h4>
              <dl className={styles.list}>
                {PRESETS.map((preset) => (
                  <div key={preset.id}>
                    <dt>{strings.presets[preset.id]}</dt>
                    <dd className={styles.definition}>{presetGrantsText(preset, localizer)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </div>
          <Body1>
            <Link href={PERMISSIONS_DOCS_URL} target="_blank" rel="noopener noreferrer">
              {strings.legend.docsLink}
            </Link>
          </Body1>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
