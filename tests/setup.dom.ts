import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * How long `findBy…` and `waitFor` wait for a state before failing. Testing Library's default, 1 s, is a
 * timing assumption: a dialog's code loads on first use, and on a busy 2-core machine transforming it
 * took longer than that (a review "not found" by `npm run test:repeat` under load). A passing wait ends
 * as soon as the state is there; this only bounds how long a failing one takes.
 */
configure({ asyncUtilTimeout: 15_000 });

// Testing Library 12 (the last for React 17) does not clean up by itself under Vitest.
afterEach(() => {
  cleanup();
});

/**
 * Griffel's atomic rules stay out of jsdom's cascade. jsdom matches every rule of the document against
 * an element on each `getComputedStyle`, and Testing Library's role queries call it for every element
 * and its ancestors: with Fluent's 800+ rules that was two thirds of the component suite's time
 * (docs/decisions/0009-fast-deterministic-tests.md). jsdom lays nothing out, so these rules could only
 * change what a test sees through `display` or `visibility`, which our components never set through
 * Griffel. The browser tests run with every rule. FluentProvider's theme variables are a style tag of
 * their own and stay.
 */
const insertRule = CSSStyleSheet.prototype.insertRule;
CSSStyleSheet.prototype.insertRule = function insertRuleOutsideGriffel(
  this: CSSStyleSheet,
  rule: string,
  index?: number,
): number {
  const owner = this.ownerNode;
  if (owner instanceof Element && owner.hasAttribute('data-make-styles-bucket')) return index ?? 0;
  return insertRule.call(this, rule, index);
};

/**
 * Layout jsdom does not have, as far as Fluent's focus manager (tabster) asks for it. jsdom returns
 * null for every `offsetParent` and a 0 × 0 box for `body`, so tabster took every element for hidden
 * (a page in a hidden frame): a dialog then focused its own surface instead of its first button. When
 * tabster had not yet read the new dialog's attributes (a second render in the same click flushes
 * effects before its mutation observer runs), it never made that dialog the active modal and hid the
 * open dialog from screen readers: the review across registrations "never shown", one run in three.
 * Chromium focuses the first button and tabster activates the dialog as it reads it.
 *
 * `offsetParent` follows the CSSOM View spec without layout: null for an element without a box
 * (`display: none` on it or an ancestor, not connected), for `body` and `html`, and for a fixed element;
 * otherwise the nearest positioned ancestor (or table cell) or `body`. The body is as large as the
 * window, as it is in a page shown at the top level.
 */
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    const document = this.ownerDocument;
    const view = document.defaultView;
    if (!view || !this.isConnected || this === document.body || this === document.documentElement)
      return null;
    const style = view.getComputedStyle(this);
    if (style.position === 'fixed') return null;
    if (style.display === 'none') return null;
    for (let node = this.parentElement; node; node = node.parentElement) {
      if (view.getComputedStyle(node).display === 'none') return null;
    }
    const positioned = style.position !== 'static';
    for (let node = this.parentElement; node; node = node.parentElement) {
      if (node === document.body) return node;
      if (view.getComputedStyle(node).position !== 'static') return node;
      if (!positioned && ['TD', 'TH', 'TABLE'].includes(node.tagName)) return node;
    }
    return null;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = function bodyAsLargeAsTheWindow(
  this: HTMLBodyElement,
): DOMRect {
  const view = this.ownerDocument.defaultView;
  return new DOMRect(0, 0, view?.innerWidth ?? 0, view?.innerHeight ?? 0);
};
