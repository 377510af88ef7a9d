import { makeStyles } from '@fluentui/react-components';

/**
 * A dialog footer across the dialog's whole width (`<DialogActions fluid>`) whose buttons wrap as whole
 * buttons: a long label ("Download the receipts shown (CSV)") then keeps its words on one line.
 */
export const useWrappingActionsStyles = makeStyles({
  actions: { flexWrap: 'wrap', justifyContent: 'flex-end' },
});
