/** The editor explains itself (issue 15 §2): permissions, implications and presets, before anything is applied. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permissionsInGroup, PERMISSION_GROUP_ORDER } from '../../src/core/catalog';
import { en, loadLocalizer } from '../../src/editor/strings';
import { it as italian } from '../../src/editor/strings/it';
import { NEW_APP_ID, createHost, openRegistration, renderApp, renderMatrix } from './testHost';

/** The text a legend gives for one permission (its `dd`). */
function definitionOf(legend: HTMLElement, permission: string): string {
  const term = within(legend).getByText(permission, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('the permissions legend', () => {
  it('opens from the keyboard and says what every permission means and what it includes', async () => {
    const { user } = await renderMatrix();
    const toggle = screen.getByRole('button', { name: 'What the permissions mean' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const legend = toggle.closest('.fui-AccordionItem') as HTMLElement;

    for (const group of PERMISSION_GROUP_ORDER) {
      expect(within(legend).getByRole('heading', { name: en.groups[group] })).toBeInTheDocument();
      for (const permission of permissionsInGroup(group))
        expect(definitionOf(legend, permission)).toContain(en.permissionDescriptions[permission]);
    }
    expect(definitionOf(legend, 'full')).toContain('Includes every other permission.');
    expect(definitionOf(legend, 'manageContent')).toContain('Includes writeContent, readContent.');
    expect(definitionOf(legend, 'writeContent')).toContain('Needs readContent.');
    expect(definitionOf(legend, 'managePermissions')).toContain(
      'Includes addPermissions, updatePermissions, deletePermissions, deleteOwnPermission.',
    );
    expect(definitionOf(legend, 'readContent')).not.toContain('Includes');

    const presets = within(legend).getByRole('region', { name: 'Presets' });
    expect(within(presets).getByText('Backup reader').nextElementSibling).toHaveTextContent(
      'Delegated: none. Application (app-only): read, readContent, enumeratePermissions.',
    );
    const docs = within(legend).getByRole('link', {
      name: 'Container type permissions in Microsoft’s documentation',
    });
    expect(docs).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/sharepoint/dev/embedded/development/auth',
    );

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('is translated', async () => {
    const { user } = renderApp(createHost({ locale: 'it-IT' }));
    await openRegistration(user);
    await user.click(screen.getByRole('button', { name: italian.legend.toggle }));
    const legend = screen
      .getByRole('button', { name: italian.legend.toggle })
      .closest('.fui-AccordionItem') as HTMLElement;
    expect(definitionOf(legend, 'full')).toBe(
      `${italian.permissionDescriptions.full} ${italian.legend.includesEverything}`,
    );
    expect(within(legend).getByRole('link', { name: italian.legend.docsLink })).toBeInTheDocument();
  });
});

describe('the legend says each rule once', () => {
  it.each([
    ['en-US', 'Needs readContent.'],
    ['it-IT', 'Richiede readContent.'],
    ['ru-RU', 'Требует readContent.'],
  ])('in %s', async (locale, needsRead) => {
    const { user } = renderApp(createHost({ locale }));
    await openRegistration(user);
    const { strings } = await loadLocalizer(locale);
    await user.click(screen.getByRole('button', { name: strings.legend.toggle }));
    const legend = screen
      .getByRole('button', { name: strings.legend.toggle })
      .closest('.fui-AccordionItem') as HTMLElement;
    expect(definitionOf(legend, 'writeContent').split(needsRead)).toHaveLength(2);
  });
});

describe('presets say what they grant before they are applied', () => {
  it('in the row menu', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    expect(await screen.findByRole('menuitem', { name: 'Backup and restore' })).toHaveAccessibleDescription(
      'Delegated: none. Application (app-only): read, readContent, enumeratePermissions, create, write, writeContent, addPermissions, updatePermissions.',
    );
    expect(screen.getByRole('menuitem', { name: 'Owning app (full)' })).toHaveAccessibleDescription(
      'Delegated: full. Application (app-only): full.',
    );
  });

  it('in the Add app dialog, which also explains guest apps and a backup vendor’s onboarding', async () => {
    const consentLinks: string[] = [];
    const host = createHost({
      guestConsentUrl: (clientId) => {
        consentLinks.push(clientId);
        return `https://login.example.test/common/oauth2/v2.0/authorize?client_id=${clientId}`;
      },
    });
    const { user } = await renderMatrix(host);
    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    expect(within(dialog).getByText(/A guest app is any app other than the owning app/)).toBeInTheDocument();

    const preset = within(dialog).getByRole('combobox', { name: 'Start from a preset' });
    expect(preset).toHaveAccessibleDescription(
      'The app is added with no permissions; tick them in the matrix.',
    );
    await user.selectOptions(preset, 'Backup reader');
    expect(preset).toHaveAccessibleDescription(
      'Delegated: none. Application (app-only): read, readContent, enumeratePermissions.',
    );

    // Onboarding a backup vendor: the consent link first, then the grant.
    const onboarding = within(dialog).getByRole('region', { name: 'Onboarding a backup vendor' });
    const steps = within(onboarding).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('First, grant admin consent to the vendor’s app in your tenant.');
    expect(steps[1]).toHaveTextContent('Then add the app here with a backup preset');
    expect(within(onboarding).queryByRole('link')).not.toBeInTheDocument();
    expect(steps[0]).toHaveTextContent('Enter the app’s client id to get its consent link');

    await user.type(within(dialog).getByRole('textbox', { name: /Client id/ }), NEW_APP_ID);
    expect(
      within(onboarding).getByRole('link', { name: 'Open the consent page for this app' }),
    ).toHaveAttribute(
      'href',
      `https://login.example.test/common/oauth2/v2.0/authorize?client_id=${NEW_APP_ID}`,
    );
    expect(consentLinks.at(-1)).toBe(NEW_APP_ID);
  });
});
