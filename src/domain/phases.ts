/**
 * The rollout waves: their plan history, where each stands on a date, who
 * takes part, and which go-live comes next. A wave's plan is a history, not
 * a field: every postponement is a new dated entry and the old ones stay;
 * the current plan is the latest entry decided on or before the date.
 * Participants are derived: a municipality or organisation belongs to the
 * wave named by its latest event that names one (see {@link currentPhase}).
 */
import type { StatusEvent } from '../schemas/event.ts';
import type { Phase, Plan } from '../schemas/phase.ts';
import type { StatusDefinition } from '../schemas/settings.ts';
import { sortByName } from './format.ts';
import { activePhase, currentPhase, eventCountsFrom, statusOn, type MunicipalityHistory } from './municipality-status.ts';
import { effectiveDate, parsePeriod, type Period } from './period.ts';

/** A wave with its id (the file name). */
export type PhaseInfo = Pick<Phase, 'navn' | 'nummer' | 'planer' | 'gjennomfort'> & { id: string };

/** One entry of a plan history, with how it changed the plan before it. */
export interface PlanStep {
  plan: Plan;
  /** What it aims at. */
  period: Period;
  /**
   * How it relates to the plan before: the first plan, a postponement
   * (a later date), a date brought forward, a more precise statement of the
   * same aim (e.g. «høsten 2022» → 12 November 2022), or the same plan
   * restated (also when restated less precisely: 27 April 2024 → «april
   * 2024»).
   */
  change: 'forste' | 'utsatt' | 'framskyndet' | 'presisert' | 'uendret';
  /** The plan this one replaced. */
  previous: Period | undefined;
}

/** Where a wave stands on a date. */
export type PhaseState =
  /** The go-live has happened (by the date). */
  | { kind: 'gjennomfort'; date: string }
  /** A plan whose period has not ended. */
  | { kind: 'planlagt'; period: Period; plan: Plan }
  /** The planned period has ended, and no go-live or newer plan is registered. */
  | { kind: 'passert'; period: Period; plan: Plan }
  /** No plan yet on that date. */
  | { kind: 'ingen' };

/** Waves in rollout order (`nummer`, lowest first), as a new array. */
export function phasesInOrder<P extends Pick<Phase, 'nummer'>>(phases: readonly P[]): P[] {
  return [...phases].sort((a, b) => a.nummer - b.nummer);
}

/**
 * The plan history as known on `date` (entries decided later are left out),
 * oldest first, each with how it changed the one before. Entries decided on
 * the same day keep their order in the file.
 */
export function planHistory(phase: Pick<Phase, 'planer'>, date: string): PlanStep[] {
  const known = phase.planer
    .map((plan, index) => ({ plan, index, key: effectiveDate(plan.dato) }))
    .filter((entry) => entry.key <= date)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const steps: PlanStep[] = [];
  for (const { plan } of known) {
    const period = parsePeriod(plan.planlagt)!;
    const previous = steps.at(-1)?.period;
    steps.push({ plan, period, previous, change: changeOf(previous, period) });
  }
  return steps;
}

function changeOf(previous: Period | undefined, period: Period): PlanStep['change'] {
  if (!previous) return 'forste';
  if (period.start === previous.start && period.end === previous.end) return 'uendret';
  if (period.start >= previous.start && period.end <= previous.end) return 'presisert';
  if (period.start <= previous.start && period.end >= previous.end) return 'uendret';
  if (period.start > previous.end || (period.start > previous.start && period.end > previous.end)) return 'utsatt';
  return 'framskyndet';
}

/** One step of a municipality's or organisation's own plan history. */
export type EventPlanStep =
  /** An event that states what the go-live aims at, with how it changed the plan before. */
  | { kind: 'plan'; event: StatusEvent; period: Period; change: PlanStep['change']; previous: Period | undefined }
  /** A postponement with no new date yet (a status of type «utsatt»); `previous` is the plan it set aside. */
  | { kind: 'utsatt'; event: StatusEvent; previous: Period | undefined };

/**
 * The plan history in a status history (`hendelser` of a municipality, a
 * health trust or a hospital) as known on `date`, oldest first: every event
 * with a `planlagt` date, and every postponement (an event whose status id
 * is in `postponements`, the settings' statuses of type «utsatt»). A plan
 * that follows a postponement is compared with the plan before the
 * postponement, so «utsatt» → «høsten 2024» reads as a later date. Events
 * are ordered and cut off at `date` by {@link eventCountsFrom}, as in the
 * status history; events counting from the same day keep their order in the file.
 */
export function eventPlanHistory(events: readonly StatusEvent[], postponements: ReadonlySet<string>, date: string): EventPlanStep[] {
  const known = events
    .map((event, index) => ({ event, index, key: eventCountsFrom(event) }))
    .filter((entry) => entry.key <= date && (entry.event.planlagt !== undefined || postponements.has(entry.event.status)))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const steps: EventPlanStep[] = [];
  let previous: Period | undefined;
  for (const { event } of known) {
    if (event.planlagt === undefined) {
      steps.push({ kind: 'utsatt', event, previous });
      continue;
    }
    const period = parsePeriod(event.planlagt)!;
    steps.push({ kind: 'plan', event, period, previous, change: changeOf(previous, period) });
    previous = period;
  }
  return steps;
}

/** The plan in force on `date`: the latest entry decided by then, or `undefined`. */
export function currentPlan(phase: Pick<Phase, 'planer'>, date: string): PlanStep | undefined {
  return planHistory(phase, date).at(-1);
}

/** Where the wave stands on `date`. */
export function phaseState(phase: Pick<Phase, 'planer' | 'gjennomfort'>, date: string): PhaseState {
  if (phase.gjennomfort && effectiveDate(phase.gjennomfort.dato) <= date) return { kind: 'gjennomfort', date: phase.gjennomfort.dato };
  const current = currentPlan(phase, date);
  if (!current) return { kind: 'ingen' };
  return current.period.end < date
    ? { kind: 'passert', period: current.period, plan: current.plan }
    : { kind: 'planlagt', period: current.period, plan: current.plan };
}

/**
 * The next planned go-live as seen on `date`: of the waves not yet carried
 * out whose current plan has not passed, the one whose planned period starts
 * first (lowest `nummer` on a tie). A wave whose plan has passed without a
 * go-live is never «next». `undefined` when nothing is planned.
 */
export function nextGoLive<P extends PhaseInfo>(phases: readonly P[], date: string): { phase: P; period: Period; plan: Plan } | undefined {
  const upcoming = phasesInOrder(phases).flatMap((phase) => {
    const state = phaseState(phase, date);
    return state.kind === 'planlagt' ? [{ phase, period: state.period, plan: state.plan }] : [];
  });
  upcoming.sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : a.phase.nummer - b.phase.nummer));
  return upcoming[0];
}

/** The next planned go-live on a date, from waves' plans and from municipalities' and organisations' own plans. */
export interface NextPlannedGoLive<P, H> {
  /** The planned period every entry below aims at. */
  period: Period;
  /** The planned date as written (a day, a month or a season). */
  planlagt: string;
  /** When the plan was stated (the earliest of the entries' statements). */
  dato: string;
  /** Waves whose current plan aims at that period. */
  phases: P[];
  /** Municipalities and organisations whose own current plan aims at it, unless their wave is named above. */
  histories: H[];
}

/**
 * The next planned go-live as seen on `date`, from every current plan that
 * has not passed: a wave's ({@link nextGoLive}'s candidates) and a
 * municipality's or organisation's own (its status on the date carries a
 * plan, {@link statusOn}, that is not overdue). A member can carry a newer
 * plan than its wave (a wave whose date passed, a member given a new date),
 * so the waves alone do not tell. The earliest planned period (by start,
 * then end) wins; every wave and history aiming at exactly that period is
 * named, a history only when its current wave is not among those named.
 * `undefined` when no current plan lies ahead.
 */
export function nextPlannedGoLive<P extends PhaseInfo, H extends MunicipalityHistory>(
  phases: readonly P[],
  histories: readonly H[],
  date: string,
): NextPlannedGoLive<P, H> | undefined {
  type Candidate = { period: Period; planlagt: string; dato: string; phase?: P; history?: H };
  const candidates: Candidate[] = phasesInOrder(phases).flatMap((phase) => {
    const state = phaseState(phase, date);
    return state.kind === 'planlagt' ? [{ period: state.period, planlagt: state.plan.planlagt, dato: state.plan.dato, phase }] : [];
  });
  for (const history of histories) {
    const current = statusOn(history, date, '');
    if (current?.planned && !current.overdue && current.event?.planlagt !== undefined) {
      candidates.push({ period: current.planned, planlagt: current.event.planlagt, dato: current.event.dato, history });
    }
  }
  const first = candidates.reduce<Candidate | undefined>(
    (best, c) => (!best || c.period.start < best.period.start || (c.period.start === best.period.start && c.period.end < best.period.end) ? c : best),
    undefined,
  );
  if (!first) return undefined;
  const same = candidates.filter((c) => c.period.start === first.period.start && c.period.end === first.period.end);
  const named = same.flatMap((c) => (c.phase ? [c.phase] : []));
  const namedIds = new Set(named.map((p) => p.id));
  const members = same.flatMap((c) => {
    if (!c.history) return [];
    const phaseId = currentPhase(c.history, date);
    return phaseId !== undefined && namedIds.has(phaseId) ? [] : [c.history];
  });
  const lead = same.find((c) => c.phase) ?? first;
  const dato = same.map((c) => c.dato).sort((a, b) => (effectiveDate(a) < effectiveDate(b) ? -1 : 1))[0]!;
  return { period: lead.period, planlagt: lead.planlagt, dato, phases: named, histories: members };
}

/**
 * A member's own current plan on `date` when it is newer than its wave's:
 * the member's status carries a plan ({@link statusOn}) that has not passed,
 * stated on or after the wave's current plan (or the wave has none), and
 * aiming at another period than that plan. `undefined` otherwise, so a
 * member simply following its wave's plan shows nothing extra. Lets the
 * rollout page say «ny plan: våren 2027» for a member of a wave whose date
 * has passed, instead of «no newer information».
 */
export function newerOwnPlan(history: MunicipalityHistory, phase: Pick<Phase, 'planer' | 'gjennomfort'>, date: string): { planlagt: string; period: Period; event: StatusEvent } | undefined {
  const current = statusOn(history, date, '');
  const event = current?.event;
  if (!current?.planned || current.overdue || event?.planlagt === undefined) return undefined;
  const wave = currentPlan(phase, date);
  if (wave) {
    if (eventCountsFrom(event) < effectiveDate(wave.plan.dato)) return undefined;
    if (wave.period.start === current.planned.start && wave.period.end === current.planned.end) return undefined;
  }
  return { planlagt: event.planlagt, period: current.planned, event };
}

/** A wave with its participants on a date. */
export interface PhaseMembers<P extends PhaseInfo, M, O> {
  phase: P;
  /** Municipalities whose current wave this is, in Norwegian alphabetical order. */
  municipalities: M[];
  /** Organisations (health trusts, hospitals) whose current wave this is, in alphabetical order. */
  organisations: O[];
  /** Municipalities named in this wave that have declined since (history, not members), in alphabetical order. */
  declined: M[];
}

/** The number of participants in one wave, for a chart or a table. */
export interface PhaseParticipantCount {
  phaseId: string;
  /** The wave's name. */
  label: string;
  municipalities: number;
  organisations: number;
}

/**
 * Every wave, in rollout order, with the municipalities and organisations
 * whose current wave on `date` it is ({@link activePhase}, with the settings'
 * `statuses`). Those that do not exist on the date, are in no wave yet, or
 * have declined since, are in none.
 */
export function phaseMembership<
  P extends PhaseInfo,
  M extends MunicipalityHistory & { navn: string },
  O extends MunicipalityHistory & { navn: string },
>(phases: readonly P[], municipalities: readonly M[], organisations: readonly O[], statuses: readonly Pick<StatusDefinition, 'id' | 'type'>[], date: string): PhaseMembers<P, M, O>[] {
  const group = <T extends MunicipalityHistory>(items: readonly T[], phaseOf: (item: T) => string | undefined) => {
    const byPhase = new Map<string, T[]>();
    for (const item of items) {
      const phaseId = phaseOf(item);
      if (phaseId !== undefined) byPhase.set(phaseId, [...(byPhase.get(phaseId) ?? []), item]);
    }
    return byPhase;
  };
  const active = <T extends MunicipalityHistory>(item: T) => activePhase(item, statuses, date);
  const municipalityGroups = group(municipalities, active);
  const organisationGroups = group(organisations, active);
  const declinedGroups = group(municipalities, (m) => (active(m) === undefined ? currentPhase(m, date) : undefined));
  return phasesInOrder(phases).map((phase) => ({
    phase,
    municipalities: sortByName(municipalityGroups.get(phase.id) ?? []),
    organisations: sortByName(organisationGroups.get(phase.id) ?? []),
    declined: sortByName(declinedGroups.get(phase.id) ?? []),
  }));
}

/** Participants per wave, in the order given (use {@link phaseMembership}'s result). */
export function participantCounts(membership: readonly PhaseMembers<PhaseInfo, unknown, unknown>[]): PhaseParticipantCount[] {
  return membership.map(({ phase, municipalities, organisations }) => ({
    phaseId: phase.id,
    label: phase.navn,
    municipalities: municipalities.length,
    organisations: organisations.length,
  }));
}
