import { describe, expect, it } from 'vitest';
import { describePageCounts, parsePageCounts } from './page-counts.ts';

describe('page counts in the log', () => {
  it('says how many pages were rendered and reused, in Norwegian, with Norwegian digit groups', () => {
    expect(describePageCounts({ rendered: 12, reused: 9804 })).toBe('12 sider bygget, 9\u00a0804 gjenbrukt');
    expect(describePageCounts({ rendered: 1, reused: 0 })).toBe('1 side bygget, 0 gjenbrukt');
  });

  it('reads the counts back from a build log for the publisher', () => {
    const log = `Innholdet er i orden.\n${describePageCounts({ rendered: 1234, reused: 9804 })}.\nNettstedet er bygget i dist.\n`;
    expect(parsePageCounts(log)).toEqual({ rendered: 1234, reused: 9804 });
    expect(parsePageCounts('Nettstedet er bygget i dist.')).toBeUndefined();
  });
});
