import { Badge, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactElement } from 'react';
import type { Plane } from '../../core/model';
import { PLANES } from '../../core/model';
import { useLocalizer } from '../strings';

/** Which planes the matrix shows. */
export type PlaneView = Plane | 'both';

const VIEWS: readonly PlaneView[] = [...PLANES, 'both'];

export function planesOf(view: PlaneView): readonly Plane[] {
  return view === 'both' ? PLANES : [view];
}

const useStyles = makeStyles({
  // The label beside the choices, not in a third of the width as a horizontal Field puts it.
  field: {
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
  },
  group: {
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  label: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
});

export interface PlaneSwitchProps {
  readonly view: PlaneView;
  /** Planes with unsaved changes: a plane not shown says so. */
  readonly changedPlanes: readonly Plane[];
  readonly onChange: (event: FormEvent<HTMLDivElement>, data: { readonly view: PlaneView }) => void;
}

/** Delegated | Application | Both: radio buttons, so arrow keys move between them and a screen reader names them. */
export function PlaneSwitch(props: PlaneSwitchProps): ReactElement {
  const { view, changedPlanes, onChange } = props;
  const { strings } = useLocalizer();
  const styles = useStyles();
  const shown = planesOf(view);
  return (
    <Field label={strings.planeView.label} orientation="horizontal" className={styles.field}>
      <RadioGroup
        layout="horizontal"
        className={styles.group}
        value={view}
        onChange={(event, data) => {
          const next = VIEWS.find((candidate) => candidate === data.value);
          if (next !== undefined) onChange(event, { view: next });
        }}
      >
        {PLANES.map((plane) => (
          <Radio
            key={plane}
            value={plane}
            label={
              <span className={styles.label}>
                {strings.planes[plane]}
                {/* Showing one plane must never hide a change made in the other. */}
                {!shown.includes(plane) && changedPlanes.includes(plane) && (
                  <Badge appearance="tint" color="warning" size="small">
                    {strings.planeView.unsaved}
                  </Badge>
                )}
              </span>
            }
          />
        ))}
        <Radio value="both" label={strings.planeView.both} />
      </RadioGroup>
    </Field>
  );
}
