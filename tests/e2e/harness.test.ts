/**
 * The harness itself: what it records is what fails a test after it, so it must see an error thrown in
 * any page of the test, the SharePoint page stand-in included.
 */
import { expect, it } from 'vitest';
import { useBrowserHarness } from './harness';

const harness = useBrowserHarness();

it('records an error thrown by a page, with the page it came from', async () => {
  const { page, stack } = harness;
  await page.goto(`${stack.origin}/spfx/`);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('thrown by the page');
    });
  });
  const seen: string[] = [];
  await expect
    .poll(() => {
      seen.push(...harness.takeProblems());
      return seen;
    })
    .toEqual([`Page error in ${stack.origin}/spfx/: thrown by the page`]);
});
