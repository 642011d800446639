/**
 * The rollout phases: who takes part in each on a date, and which go-live
 * comes next. A municipality belongs to the phase named by its latest event
 * that names one (see {@link currentPhase}); hospitals and health trusts are
 * listed on the phase itself.
 */
import type { Phase } from '../schemas/phase.ts';
import { sortByName } from './format.ts';
import { currentPhase, type MunicipalityHistory } from './municipality-status.ts';

/** The parts of a phase used here. */
export type PhaseInfo = Pick<Phase, 'id' | 'navn' | 'nummer' | 'planlagt' | 'planlagtTekst' | 'gjennomfort' | 'organisasjoner'>;

/** A phase with its participants on a date. */
export interface PhaseMembers<P extends PhaseInfo, M, O> {
  phase: P;
  /** Municipalities whose current phase this is, in Norwegian alphabetical order. */
  municipalities: M[];
  /** The phase's organisations, in the order the phase lists them. */
  organisations: O[];
}

/** The number of participants in one phase, for a chart or a table. */
export interface PhaseParticipantCount {
  phaseId: string;
  /** The phase's name, e.g. «Fase 2». */
  label: string;
  municipalities: number;
  organisations: number;
}

/** Phases in rollout order (`nummer`, lowest first), as a new array. */
export function phasesInOrder<P extends Pick<Phase, 'nummer'>>(phases: readonly P[]): P[] {
  return [...phases].sort((a, b) => a.nummer - b.nummer);
}

/**
 * Every phase, in rollout order, with the municipalities whose current phase
 * on `date` it is and the organisations it lists. Municipalities that do not
 * exist on the date, or have no phase yet, are in no phase. Throws when a
 * phase lists an organisation id that is not in `organisations`.
 */
export function phaseMembership<
  P extends PhaseInfo,
  M extends MunicipalityHistory & { navn: string },
  O extends { id: string },
>(phases: readonly P[], municipalities: readonly M[], organisations: readonly O[], date: string): PhaseMembers<P, M, O>[] {
  const byPhase = new Map<string, M[]>();
  for (const municipality of municipalities) {
    const phaseId = currentPhase(municipality, date);
    if (phaseId === undefined) continue;
    const members = byPhase.get(phaseId) ?? [];
    members.push(municipality);
    byPhase.set(phaseId, members);
  }
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  return phasesInOrder(phases).map((phase) => ({
    phase,
    municipalities: sortByName(byPhase.get(phase.id) ?? []),
    organisations: phase.organisasjoner.map((id) => {
      const organisation = organisationById.get(id);
      if (!organisation) throw new Error(`Phase "${phase.id}" lists organisation "${id}", which is not among the organisations.`);
      return organisation;
    }),
  }));
}

/**
 * The next planned go-live as seen on `date`: of the phases not yet carried
 * out (no `gjennomfort`), the one with the earliest `planlagt` on or after
 * the date (lowest `nummer` on a tie); failing that, the first phase in
 * rollout order that has only a plan in words (`planlagtTekst`, no date).
 * A phase whose planned date has passed without `gjennomfort` is not «next».
 * `undefined` when nothing is planned.
 */
export function nextGoLive<P extends PhaseInfo>(phases: readonly P[], date: string): P | undefined {
  const pending = phasesInOrder(phases).filter((phase) => phase.gjennomfort === undefined);
  const dated = pending
    .filter((phase) => phase.planlagt !== undefined && phase.planlagt >= date)
    .sort((a, b) => (a.planlagt! < b.planlagt! ? -1 : a.planlagt! > b.planlagt! ? 1 : 0));
  return dated[0] ?? pending.find((phase) => phase.planlagt === undefined && phase.planlagtTekst !== undefined);
}

/** Participants per phase, in the order given (use {@link phaseMembership}'s result). */
export function participantCounts(membership: readonly PhaseMembers<PhaseInfo, unknown, unknown>[]): PhaseParticipantCount[] {
  return membership.map(({ phase, municipalities, organisations }) => ({
    phaseId: phase.id,
    label: phase.navn,
    municipalities: municipalities.length,
    organisations: organisations.length,
  }));
}
