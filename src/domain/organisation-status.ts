/**
 * Health trusts and hospitals have a status history like municipalities
 * (the same kind of sourced events). A hospital with no events of its own
 * shares its health trust's: the trust switches its hospitals together.
 */
import type { StatusEvent } from '../schemas/event.ts';

/** The parts of an organisation its history depends on. */
export interface OrganisationLike {
  id: string;
  type: string;
  tilhorer?: string | undefined;
  hendelser: readonly StatusEvent[];
}

/** An organisation's status history, and where it comes from. */
export interface OrganisationHistory {
  hendelser: readonly StatusEvent[];
  /** The health trust whose history this is, when the organisation has none of its own. */
  inheritedFrom: string | undefined;
}

/**
 * The history that decides an organisation's status: its own events, or,
 * for a hospital with none, its health trust's. `undefined` for an
 * organisation with neither (the company, a council, a trust with no events).
 */
export function organisationHistory(organisation: OrganisationLike, byId: ReadonlyMap<string, OrganisationLike>): OrganisationHistory | undefined {
  if (organisation.hendelser.length > 0) return { hendelser: organisation.hendelser, inheritedFrom: undefined };
  const parent = organisation.tilhorer === undefined ? undefined : byId.get(organisation.tilhorer);
  if (organisation.type === 'sykehus' && parent && parent.hendelser.length > 0) {
    return { hendelser: parent.hendelser, inheritedFrom: parent.id };
  }
  return undefined;
}
