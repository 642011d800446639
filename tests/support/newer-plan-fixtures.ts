/**
 * A newer plan for one municipality of a wave whose planned date has
 * passed, added the way the staff guide says (`npm run new -- hendelse …`,
 * run on the temporary copy of the content): stated two days before the
 * build date, aiming at the spring after it. The front page, /kommuner/ and
 * /innforing/ must then show that plan, not «nothing newer registered».
 */
import { execFileSync } from 'node:child_process';
import { addDays } from './meeting-fixtures.ts';

/** The municipality that gets the newer plan (its wave's date, April 2026, has passed). */
export const NEWER_PLAN_MUNICIPALITY = { slug: 'orkland', navn: 'Orkland', wave: 'pulje-2026-04' } as const;

/** The newer plan as written, relative to the build date: «våren <next year>». */
export const newerPlanOf = (buildDate: string) => `våren ${Number(buildDate.slice(0, 4)) + 1}`;

/** Adds the newer plan with the staff's command; the command refuses content that would not pass the check. */
export function addNewerPlanFixture(content: string, buildDate: string): void {
  execFileSync(
    process.execPath,
    [
      'scripts/new.ts', 'hendelse', NEWER_PLAN_MUNICIPALITY.navn,
      '--status', 'innforing-planlagt',
      '--planlagt', newerPlanOf(buildDate),
      '--dato', addDays(buildDate, -2),
      '--kilde-nyhet', 'alesund-tok-i-bruk-helseplattformen',
    ],
    { env: { ...process.env, CONTENT_DIR: content }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
