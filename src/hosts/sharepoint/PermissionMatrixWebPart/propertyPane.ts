/**
 * The property pane: how the web part signs in and which Graph it talks to, each field checked by the
 * same rules as every other host (webPartConfig → parseAuthConfig), and a "Test connection" button.
 */
import {
  PropertyPaneButton,
  PropertyPaneButtonType,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneTextField,
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
} from '@microsoft/sp-property-pane';
import * as strings from 'PermissionMatrixWebPartStrings';
import { SHAREPOINT_EMBEDDED_CLOUDS } from '../../../auth';
import {
  authModeOf,
  fieldProblem,
  type PermissionMatrixWebPartProps,
  type WebPartField,
} from '../webPartConfig';

export interface PropertyPaneState {
  readonly properties: PermissionMatrixWebPartProps;
  /** The last "Test connection" result ('' before the first test). */
  readonly connectionReport: string;
  readonly onTestConnection: () => void;
}

export function propertyPaneConfiguration(state: PropertyPaneState): IPropertyPaneConfiguration {
  const { properties } = state;
  const sharePointMode = authModeOf(properties) === 'sharepoint';
  const cloud = properties.cloud ?? 'global';
  // Each message is computed with the value being typed and the other fields as they are.
  const check =
    (field: WebPartField) =>
    (value: string): string =>
      fieldProblem({ ...properties, [field]: value }, field, strings.ConfigProblems);
  const text = (field: WebPartField, label: string, description?: string): IPropertyPaneField<unknown> =>
    PropertyPaneTextField(field, {
      label,
      description,
      onGetErrorMessage: check(field),
      deferredValidationTime: 300,
    });

  const signInFields: IPropertyPaneField<unknown>[] = [
    PropertyPaneDropdown('authMode', {
      label: strings.AuthModeLabel,
      selectedKey: authModeOf(properties),
      options: [
        { key: 'msal', text: strings.AuthModeMsal },
        { key: 'sharepoint', text: strings.AuthModeSharePoint },
      ],
    }),
    ...(sharePointMode
      ? []
      : [
          text('clientId', strings.ClientIdLabel, strings.ClientIdDescription),
          text('tenant', strings.TenantLabel, strings.TenantDescription),
          text('redirectUri', strings.RedirectUriLabel, strings.RedirectUriDescription),
        ]),
  ];
  const graphFields: IPropertyPaneField<unknown>[] = [
    PropertyPaneDropdown('cloud', {
      label: strings.CloudLabel,
      selectedKey: cloud,
      // Only clouds where SharePoint Embedded runs are offered; one saved earlier stays visible, with why.
      options: [...new Set<string>([...SHAREPOINT_EMBEDDED_CLOUDS, cloud])].map((key) => ({
        key,
        text: key,
      })),
    }),
    PropertyPaneLabel('cloud', { text: fieldProblem(properties, 'cloud', strings.ConfigProblems) }),
    ...(properties.cloud === 'local' ? [text('localOrigin', strings.LocalOriginLabel)] : []),
    PropertyPaneDropdown('scopeMode', {
      label: strings.ScopeModeLabel,
      selectedKey: properties.scopeMode ?? 'selected',
      options: [
        { key: 'selected', text: strings.ScopeModeSelected },
        { key: 'manageAll', text: strings.ScopeModeManageAll },
      ],
    }),
    PropertyPaneLabel('scopeMode', { text: fieldProblem(properties, 'scopeMode', strings.ConfigProblems) }),
    PropertyPaneDropdown('graphVersion', {
      label: strings.GraphVersionLabel,
      selectedKey: properties.graphVersion ?? 'v1.0',
      options: [
        { key: 'v1.0', text: 'v1.0' },
        { key: 'beta', text: 'beta' },
      ],
    }),
    PropertyPaneButton('testConnection', {
      text: strings.TestConnectionButton,
      buttonType: PropertyPaneButtonType.Normal,
      onClick: () => state.onTestConnection(),
    }),
    PropertyPaneLabel('testConnection', { text: state.connectionReport }),
  ];
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          { groupName: strings.SignInGroup, groupFields: signInFields },
          { groupName: strings.GraphGroup, groupFields: graphFields },
        ],
      },
    ],
  };
}
