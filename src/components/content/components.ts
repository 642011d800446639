/** The components MDX items are rendered with: pass to `<Content components={contentComponents} />`. */
import Faktaboks from './Faktaboks.astro';
import type { CONTENT_COMPONENTS } from './allowed.ts';

export const contentComponents = { Faktaboks } satisfies Record<(typeof CONTENT_COMPONENTS)[number], unknown>;
