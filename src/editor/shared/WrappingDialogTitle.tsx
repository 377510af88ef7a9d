import { DialogTitle, mergeClasses, type DialogTitleProps } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useUntrustedBlockStyles } from './UntrustedText';

/**
 * Every dialog's title: Fluent's `DialogTitle`, whose text wraps anywhere, because a title may name an
 * app or a registration (20,000 characters without a space) and must never widen the dialog or the page.
 */
export function WrappingDialogTitle(props: DialogTitleProps): ReactElement {
  const styles = useUntrustedBlockStyles();
  return <DialogTitle {...props} className={mergeClasses(styles.root, props.className)} />;
}
