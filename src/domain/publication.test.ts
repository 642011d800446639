import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DocumentData } from '../schemas/document.ts';
import type { Faq } from '../schemas/faq.ts';
import type { StatusEvent } from '../schemas/municipality.ts';
import type { News } from '../schemas/news.ts';
import { buildDateOf, isPublished, publicationDate, published, type Publishable } from './publication.ts';

const BUILD = '2022-02-24';

describe('isPublished', () => {
  it('publishes news and documents from their publication date on', () => {
    expect(isPublished({ publisert: '2022-02-23', utkast: false }, BUILD)).toBe(true);
    expect(isPublished({ publisert: BUILD, utkast: false }, BUILD)).toBe(true);
    expect(isPublished({ publisert: '2022-02-25', utkast: false }, BUILD)).toBe(false);
  });

  it('never publishes a draft, whatever its date', () => {
    expect(isPublished({ publisert: '2021-01-01', utkast: true }, BUILD)).toBe(false);
    expect(isPublished({ oppdatert: '2021-01-01', utkast: true }, BUILD)).toBe(false);
  });

  it('goes by the publication date of a news item, not its update date', () => {
    expect(isPublished({ publisert: '2022-02-23', oppdatert: '2022-03-01', utkast: false }, BUILD)).toBe(true);
  });

  it('publishes an answer unless it is a draft or its update date is in the future', () => {
    expect(isPublished({ oppdatert: '2022-01-10', utkast: false }, BUILD)).toBe(true);
    expect(isPublished({ oppdatert: '2022-03-01', utkast: false }, BUILD)).toBe(false);
  });

  it('shows a status event only once its date has come', () => {
    const event = { dato: '2022-04-30', status: 'i-drift', kilde: { nyhet: 'fase-1' } };
    expect(isPublished(event, '2022-04-29')).toBe(false);
    expect(isPublished(event, '2022-04-30')).toBe(true);
  });
});

describe('published', () => {
  const items = [
    { slug: 'avtale', publisert: '2022-02-23', utkast: false },
    { slug: 'utkast', publisert: '2022-02-01', utkast: true },
    { slug: 'opsjon', publisert: '2021-05-19', utkast: false },
    { slug: 'framtid', publisert: '2022-04-30', utkast: false },
    { slug: 'styret', publisert: '2022-02-23', utkast: false },
  ];

  it('keeps only what is published, newest first, same-day items in input order', () => {
    expect(published(items, BUILD).map((i) => i.slug)).toEqual(['avtale', 'styret', 'opsjon']);
  });

  it('reads the fields through an accessor, as for collection entries', () => {
    const entries = items.map(({ slug, ...data }) => ({ id: slug, data }));
    expect(published(entries, BUILD, (entry) => entry.data).map((e) => e.id)).toEqual(['avtale', 'styret', 'opsjon']);
  });

  it('leaves the input alone', () => {
    published(items, BUILD);
    expect(items.map((i) => i.slug)).toEqual(['avtale', 'utkast', 'opsjon', 'framtid', 'styret']);
  });
});

describe('publicationDate', () => {
  it('uses publisert, then oppdatert, then dato', () => {
    expect(publicationDate({ publisert: '2022-01-01', oppdatert: '2022-02-01' })).toBe('2022-01-01');
    expect(publicationDate({ oppdatert: '2022-02-01' })).toBe('2022-02-01');
    expect(publicationDate({ dato: '2022-03-01' })).toBe('2022-03-01');
  });
});

describe('buildDateOf', () => {
  it('gives the date in Norway, which is ahead of UTC', () => {
    expect(buildDateOf(new Date('2022-02-23T23:30:00Z'))).toBe('2022-02-24');
    expect(buildDateOf(new Date('2022-06-30T21:59:00Z'))).toBe('2022-06-30');
    expect(buildDateOf(new Date('2022-06-30T22:00:00Z'))).toBe('2022-07-01');
  });
});

describe('Publishable', () => {
  it('accepts every content kind as parsed by the schemas', () => {
    expectTypeOf<News>().toExtend<Publishable>();
    expectTypeOf<DocumentData>().toExtend<Publishable>();
    expectTypeOf<Faq>().toExtend<Publishable>();
    expectTypeOf<StatusEvent>().toExtend<Publishable>();
  });
});
