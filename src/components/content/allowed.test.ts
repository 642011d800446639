import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MDX_COMPONENTS } from '../../content-model/read/read-content.ts';
import { CONTENT_COMPONENTS } from './allowed.ts';

test('the check allows exactly the components this folder has', () => {
  const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.astro')).map((f) => f.slice(0, -'.astro'.length));
  expect([...CONTENT_COMPONENTS].sort()).toEqual(files.sort());
  expect(MDX_COMPONENTS).toEqual(CONTENT_COMPONENTS);
});
