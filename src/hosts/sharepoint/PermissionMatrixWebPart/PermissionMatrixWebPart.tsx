import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'PermissionMatrixWebPartStrings';
import * as ReactDom from 'react-dom';

/**
 * The SharePoint host: a thin web part that mounts the shared editor. For now it proves the SPFx
 * toolchain (React 17 + Fluent UI v9 bundled and packaged); the editor is wired in by the web part issue.
 */
export default class PermissionMatrixWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public render(): void {
    ReactDom.render(
      <FluentProvider theme={webLightTheme}>
        <Text>{strings.Placeholder}</Text>
      </FluentProvider>,
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
