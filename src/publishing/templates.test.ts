import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentSchema } from '../schemas/document.ts';
import { faqSchema } from '../schemas/faq.ts';
import { newsSchema } from '../schemas/news.ts';
import { answerTemplate, documentTemplate, newsTemplate, slugForTitle } from './templates.ts';

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);

describe('slugForTitle', () => {
  it('turns Norwegian titles into file names', () => {
    expect(slugForTitle('Ørland får ny dato for innføring')).toBe('orland-far-ny-dato-for-innforing');
    expect(slugForTitle('Æresord: «Snåsa» – én avtale?')).toBe('aeresord-snasa-en-avtale');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugForTitle('Styret i Helseplattformen AS har behandlet den reviderte tjenesteavtalen for kommunene i fase to og tre');
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).toBe('styret-i-helseplattformen-as-har-behandlet-den-reviderte');
  });
});

describe('templates', () => {
  const awkward = 'Avtale: «signert» # endelig';
  it('news: a valid draft, dated today, with the title as written', () => {
    const data = newsSchema(z.string()).parse(frontMatter(newsTemplate(awkward, '2026-11-22')));
    expect(data).toMatchObject({ tittel: awkward, publisert: '2026-11-22', utkast: true });
  });
  it('document: a valid draft, dated today', () => {
    const data = documentSchema.parse(frontMatter(documentTemplate(awkward, '2026-11-22')));
    expect(data).toMatchObject({ tittel: awkward, publisert: '2026-11-22', utkast: true, vedlegg: [] });
  });
  it('answer: a valid draft, updated today, in the given category', () => {
    const data = faqSchema.parse(frontMatter(answerTemplate(`${awkward}?`, '2026-11-22', 'Om innføringen')));
    expect(data).toMatchObject({ sporsmal: `${awkward}?`, kategori: 'Om innføringen', oppdatert: '2026-11-22', utkast: true });
  });
});
