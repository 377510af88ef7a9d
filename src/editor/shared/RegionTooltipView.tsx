/** The Fluent Tooltip of `useRegionTooltip`, in its own module so that it loads on demand. */
import { Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RegionTip } from './useRegionTooltip';

export interface RegionTooltipViewProps {
  /** What to show and where; `undefined` hides the tooltip. */
  readonly tip: RegionTip | undefined;
  readonly contentClassName: string;
  readonly anchorClassName: string;
  readonly onHide: () => void;
}

export default function RegionTooltipView(props: RegionTooltipViewProps): ReactElement {
  const { tip, onHide } = props;
  return (
    <Tooltip
      content={{ children: tip?.content ?? '', className: props.contentClassName }}
      relationship="inaccessible"
      visible={tip !== undefined}
      onVisibleChange={(_event, data) => {
        if (!data.visible) onHide();
      }}
      positioning={{ target: tip?.target, position: 'above' }}
    >
      <span className={props.anchorClassName} />
    </Tooltip>
  );
}
