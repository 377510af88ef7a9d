/**
 * The baseline of figure 3: a page that only renders a static Fluent UI table of the matrix's size
 * (apps × 30 permission checkboxes), built and served like the tab, with no sign-in and no Graph.
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

const APPS = Number(new URLSearchParams(window.location.search).get('apps') ?? '20');
const COLUMNS = Array.from({ length: 30 }, (_, index) => `permission ${index + 1}`);

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
            {COLUMNS.map((column) => (
              <TableCell key={column}>
                <Checkbox
                  aria-label={`App ${row + 1} ${column}`}
                  defaultChecked={(row + column.length) % 3 === 0}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </FluentProvider>,
  document.getElementById('root'),
);
