/**
 * What staff read when the machine, not the content, stops a build or a
 * publication: a full disk, a read-only or forbidden folder, another file
 * system, a killed build. Each is one Norwegian sentence saying what
 * happened and one saying what to do; the caller adds that the published
 * site is as before. Never a stack trace or a tool's English message.
 */

/** A fault of the machine the site is built on. */
export type MachineFault = 'disk-full' | 'read-only' | 'no-access' | 'other-file-system';

const CODES: Record<string, MachineFault> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'no-access',
  EPERM: 'no-access',
  EXDEV: 'other-file-system',
};

// Rust's io errors (Pagefind) name the errno: «… (os error 28)».
const OS_ERRORS: Record<string, MachineFault> = { '28': 'disk-full', '122': 'disk-full', '30': 'read-only', '13': 'no-access', '1': 'no-access', '18': 'other-file-system' };

/**
 * The machine fault behind an error, if it is one: from Node's `code` (also
 * on an error's `cause`, as Astro wraps them), or from the text of a tool's
 * message (Node's `ENOSPC:`, Rust's `os error 28`).
 */
export function machineFault(error: unknown): MachineFault | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && CODES[code]) return CODES[code];
  }
  const text = error instanceof Error ? `${error.message}\n${String(error.stack ?? '')}` : String(error);
  return machineFaultInText(text);
}

/** The machine fault named in a tool's output, if any. */
export function machineFaultInText(text: string): MachineFault | undefined {
  const code = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EXDEV)\b/.exec(text)?.[1];
  if (code) return CODES[code];
  const os = /os error (\d+)/.exec(text)?.[1];
  if (os && OS_ERRORS[os]) return OS_ERRORS[os];
  if (/No space left on device|StorageFull/i.test(text)) return 'disk-full';
  if (/Read-only file system|ReadOnlyFilesystem/i.test(text)) return 'read-only';
  if (/Permission denied|PermissionDenied/i.test(text)) return 'no-access';
  return undefined;
}

/** What happened and what to do, in Norwegian, for a fault met while writing under `folder`. */
export function machineFaultSentences(fault: MachineFault, folder: string): { what: string; todo: string } {
  switch (fault) {
    case 'disk-full':
      return {
        what: `Disken er full, så den nye versjonen fikk ikke plass (i ${folder}).`,
        todo: 'Frigjør plass på disken, eller be driftsansvarlig om det, og publiser igjen.',
      };
    case 'read-only':
      return {
        what: `Mappen ${folder} ligger på en disk som bare kan leses (skrivebeskyttet), så den nye versjonen kunne ikke lagres.`,
        todo: 'Be driftsansvarlig gjøre disken skrivbar igjen, eller publiser til en annen mappe med --published.',
      };
    case 'no-access':
      return {
        what: `Brukeren som publiserer, har ikke lov til å skrive i ${folder}.`,
        todo: 'Be driftsansvarlig gi denne brukeren skrivetilgang til mappen, eller publiser til en annen mappe med --published.',
      };
    case 'other-file-system':
      return {
        what: `Den nye versjonen kunne ikke flyttes på plass i ${folder}, fordi mappen ligger på en annen disk enn byggingen.`,
        todo: 'Gi beskjed til en utvikler.',
      };
  }
}

/** The sentences for a build that was stopped from outside (a signal), before it had finished. */
export function killedSentences(signal: string): { what: string; todo: string } {
  return {
    what: `Byggingen ble stoppet før den var ferdig (${signal}), for eksempel fordi maskinen gikk tom for minne eller ble startet på nytt.`,
    todo: 'Publiser igjen; skjer det flere ganger, gi beskjed til en utvikler.',
  };
}
