import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { codePointLabel, findHiddenCharacters, revealHiddenCharacters } from '../../core/hiddenCharacters';
import { useLocalizer } from '../strings';

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

/**
 * Names and ids in full, however long, in read-only boxes that scroll, with hidden characters shown
 * as code points and listed: where the matrix and the list cut a text short, this shows all of it.
 */
export function DetailsFields(props: { readonly fields: readonly DetailsField[] }): ReactElement {
  const { strings, format, plural, list } = useLocalizer();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {props.fields.map((field, index) => {
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
              value={field.value === undefined ? strings.details.noName : revealHiddenCharacters(field.value)}
            />
          </Field>
        );
      })}
    </div>
  );
}
