import { describe, expect, it } from 'vitest';
import { killedSentences, machineFault, machineFaultInText, machineFaultSentences } from './fault-messages.ts';

const fsError = (code: string) => Object.assign(new Error(`${code}: something, write '/var/www/x'`), { code });

describe('machineFault', () => {
  it('reads Node’s error codes, also on a wrapped cause', () => {
    expect(machineFault(fsError('ENOSPC'))).toBe('disk-full');
    expect(machineFault(fsError('EDQUOT'))).toBe('disk-full');
    expect(machineFault(fsError('EROFS'))).toBe('read-only');
    expect(machineFault(fsError('EACCES'))).toBe('no-access');
    expect(machineFault(fsError('EXDEV'))).toBe('other-file-system');
    expect(machineFault(new Error('Astro failed', { cause: fsError('ENOSPC') }))).toBe('disk-full');
  });

  it('reads Pagefind’s Rust panic and Node’s message text', () => {
    const panic =
      "thread 'main' panicked at pagefind/src/output/mod.rs:464:36:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }";
    expect(machineFaultInText(panic)).toBe('disk-full');
    expect(machineFaultInText('Os { code: 30, kind: ReadOnlyFilesystem, message: "Read-only file system" }')).toBe('read-only');
    expect(machineFault(new Error("EACCES: permission denied, mkdir '/var/www/.published'"))).toBe('no-access');
  });

  it('leaves other failures alone', () => {
    expect(machineFault(new Error('Expected "}" but found end of file'))).toBeUndefined();
    expect(machineFault(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBeUndefined();
  });
});

describe('the sentences for staff', () => {
  it('say what happened and what to do, in Norwegian, naming the folder', () => {
    expect(machineFaultSentences('disk-full', '/var/www/.published')).toEqual({
      what: 'Disken er full, så den nye versjonen fikk ikke plass (i /var/www/.published).',
      todo: 'Frigjør plass på disken, eller be driftsansvarlig om det, og publiser igjen.',
    });
    expect(machineFaultSentences('read-only', '/var/www').what).toBe(
      'Mappen /var/www ligger på en disk som bare kan leses (skrivebeskyttet), så den nye versjonen kunne ikke lagres.',
    );
    expect(machineFaultSentences('no-access', '/var/www').what).toBe('Brukeren som publiserer, har ikke lov til å skrive i /var/www.');
    expect(killedSentences('SIGKILL').what).toMatch(/^Byggingen ble stoppet før den var ferdig \(SIGKILL\)/);
  });
});
