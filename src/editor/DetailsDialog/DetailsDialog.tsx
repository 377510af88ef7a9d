import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { codePointLabel, findHiddenCharacters, revealHiddenCharacters } from '../../core/hiddenCharacters';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export interface DetailsField {
  readonly label: string;
  /** The text as the service sent it; `undefined` when it is not known. */
  readonly value: string | undefined;
}

export interface DetailsDialogProps {
  readonly title: string;
  readonly fields: readonly DetailsField[];
  readonly onClose: () => void;
}

/**
 * Names and ids in full, however long, in read-only boxes that scroll, with hidden characters shown
 * as code points and listed: where the matrix and the list cut a text short, this shows all of it.
 */
export default function DetailsDialog(props: DetailsDialogProps): ReactElement {
  const { title, fields, onClose } = props;
  const { strings, format, plural, list } = useLocalizer();
  const styles = useStyles();
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{title}</WrappingDialogTitle>
          <DialogContent className={styles.fields}>
            {fields.map((field, index) => {
              const hidden = field.value === undefined ? [] : findHiddenCharacters(field.value);
              const characters = Array.from(new Set(hidden.map((found) => codePointLabel(found.codePoint))));
              return (
                <Field
                  key={index}
                  label={field.label}
                  hint={
                    field.value === undefined
                      ? undefined
                      : plural(strings.details.length, Array.from(field.value).length)
                  }
                  validationState={hidden.length > 0 ? 'warning' : 'none'}
                  validationMessage={
                    hidden.length > 0
                      ? format(strings.untrusted.hiddenCharactersNote, { characters: list(characters) })
                      : undefined
                  }
                >
                  <Textarea
                    readOnly
                    resize="vertical"
                    className={styles.value}
                    value={
                      field.value === undefined ? strings.details.noName : revealHiddenCharacters(field.value)
                    }
                  />
                </Field>
              );
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
