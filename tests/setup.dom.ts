import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library 12 (the last for React 17) does not clean up by itself under Vitest.
afterEach(() => {
  cleanup();
});
