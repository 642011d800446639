import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { contentRoot } from './content-root.ts';
import { documentSchema } from './schemas/document.ts';
import { faqSchema } from './schemas/faq.ts';
import { municipalitySchema } from './schemas/municipality.ts';
import { newsSchema } from './schemas/news.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { phaseSchema } from './schemas/phase.ts';
import { settingsSchema } from './schemas/settings.ts';

// Every file here has already passed scripts/check.ts (the build runs it
// first), so these schemas only shape the data; the friendly errors come from there.
const root = contentRoot();
// Absolute paths: builds may run from another working directory (scripts/build.ts).
const at = (...parts: string[]) => path.join(root, ...parts);

const nyheter = defineCollection({
  // No page reads a news item's Markdown source once it is rendered, so it is
  // not kept: at 10,000 items that is a third of the content cache that Astro
  // bundles, compiles and holds in memory on every build.
  loader: glob({ pattern: '*.{md,mdx}', base: at('nyheter'), retainBody: false }),
  schema: ({ image }) => newsSchema(image()),
});

const dokumenter = defineCollection({
  loader: glob({
    pattern: '*/index.{md,mdx}',
    base: at('dokumenter'),
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: documentSchema,
});

const sporsmal = defineCollection({
  loader: glob({ pattern: '*.md', base: at('sporsmal') }),
  schema: faqSchema,
});

const kommuner = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: at('kommuner') }),
  schema: municipalitySchema,
});

const organisasjoner = defineCollection({
  loader: file(at('organisasjoner.json')),
  schema: organisationSchema,
});

const faser = defineCollection({
  loader: file(at('faser.json')),
  schema: phaseSchema,
});

const innstillinger = defineCollection({
  loader: file(at('innstillinger.json'), { parser: (text) => [{ id: 'nettsted', ...JSON.parse(text) }] }),
  schema: settingsSchema.extend({ id: z.string() }),
});

export const collections = { nyheter, dokumenter, sporsmal, kommuner, organisasjoner, faser, innstillinger };
