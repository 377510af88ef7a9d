import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { DocumentProblem } from '../../core/grantsDocument';
import { useLocalizer } from '../strings';
import { firstOf, problemText } from './importText';
import { useImportDialogStyles } from './useImportDialogStyles.styles';

/** Why a file cannot be imported: every problem (the first ones and a count), or that it could not be read. */
export function ImportProblems(props: {
  /** `undefined`: the file could not be read at all. */
  readonly problems: readonly DocumentProblem[] | undefined;
  readonly intro?: string;
  /** Default: the file cannot be imported. */
  readonly title?: string;
}): ReactElement {
  const localizer = useLocalizer();
  const texts = localizer.strings.importExport;
  const styles = useImportDialogStyles();
  const problems = firstOf(
    props.problems?.map((problem) => problemText(problem, localizer)) ?? [texts.readFailed],
    texts.moreProblems,
    localizer,
  );
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? texts.problemsTitle}</MessageBarTitle>
        {props.intro}
        <ul className={styles.list}>
          {problems.shown.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
        {problems.more}
      </MessageBarBody>
    </MessageBar>
  );
}
