/**
 * The baseline of figures 3 and 4: a page that only renders a static Fluent UI table of the matrix's
 * size (`apps` rows × `columns` permission checkboxes, from the query), built and served like the tab,
 * with no sign-in and no Graph. React 17's `render`, as the tab uses.
 */
import {
  Checkbox,
  FluentProvider,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  webLightTheme,
} from '@fluentui/react-components';
import { render } from 'react-dom';

const query = new URLSearchParams(window.location.search);
const APPS = Number(query.get('apps') ?? '20');
const COLUMNS = Array.from(
  { length: Number(query.get('columns') ?? '28') },
  (_, index) => `permission ${index + 1}`,
);

render(
  <FluentProvider theme={webLightTheme}>
    <Table aria-label="Baseline">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>App</TableHeaderCell>
          {COLUMNS.map((column) => (
            <TableHeaderCell key={column}>{column}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {Array.from({ length: APPS }, (_, row) => (
          <TableRow key={row}>
            <TableCell>App {row + 1}</TableCell>
            {COLUMNS.map((column, index) => (
              <TableCell key={column}>
                <Checkbox aria-label={`App ${row + 1} ${column}`} defaultChecked={(row + index) % 3 === 0} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </FluentProvider>,
  document.getElementById('root'),
);
