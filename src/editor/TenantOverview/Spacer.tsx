import type { ReactElement } from 'react';
import { useTenantOverviewStyles } from './useTenantOverviewStyles.styles';

/** Stand-in space for the rows and columns the window does not render, so the scrollbars stay true. */
export function Spacer(props: { readonly width?: number; readonly header?: boolean }): ReactElement {
  const styles = useTenantOverviewStyles();
  const Cell = props.header ? 'th' : 'td';
  return (
    <Cell
      aria-hidden="true"
      className={props.header ? styles.headerSpacer : styles.spacer}
      style={{ width: props.width, minWidth: props.width, maxWidth: props.width }}
    />
  );
}
