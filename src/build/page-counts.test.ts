import { describe, expect, it } from 'vitest';
import { describeBuildFiles, describePageCounts, describeSearchIndex, parsePageCounts } from './page-counts.ts';

describe('page counts in the log', () => {
  it('says how many files were rendered and reused, in Norwegian, with Norwegian digit groups', () => {
    expect(describePageCounts({ rendered: 12, reused: 9804 })).toBe('12 filer bygget, 9\u00a0804 gjenbrukt');
    expect(describePageCounts({ rendered: 1, reused: 0 })).toBe('1 fil bygget, 0 gjenbrukt');
  });

  it('says in the build log what each number counts: every file written, of them the pages, and the pages the search reads', () => {
    expect(describeBuildFiles({ rendered: 12, reused: 1021, pages: 759 })).toBe(
      '1\u00a0033 filer i alt (759 sider og 274 feeder, datafiler og vedlegg): 12 filer bygget, 1\u00a0021 gjenbrukt fra forrige bygging.',
    );
    expect(describeBuildFiles({ rendered: 103, reused: 0 })).toBe('103 filer i alt (sider, feeder, datafiler og vedlegg): 103 filer bygget, 0 gjenbrukt fra forrige bygging.');
    expect(describeSearchIndex({ pages: 759, answers: 21, attachments: 7 })).toBe(
      'Søkeindeksen er bygget over de 759 sidene: nyheter, dokumenter, møter, kommuner og innføringen er søkbare (lister og feeder er ikke med), i tillegg til 21 svar og 7 vedlegg.',
    );
  });

  it('reads the counts back from a build log for the publisher', () => {
    const log = `Innholdet er i orden.\n${describeBuildFiles({ rendered: 1234, reused: 9804 })}\nNettstedet er bygget i dist.\n`;
    expect(parsePageCounts(log)).toEqual({ rendered: 1234, reused: 9804 });
    expect(parsePageCounts('Nettstedet er bygget i dist.')).toBeUndefined();
  });
});
