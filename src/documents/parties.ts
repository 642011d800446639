/**
 * A document's parties (`parter`) as readers see them: a name, and a link to
 * the municipality's page when the party is a municipality, whether named by
 * its slug (`roros`) or by the organisation that is the municipality
 * (`trondheim-kommune`, which has `kommune: trondheim`).
 */

/** A party ready to show. */
export interface Party {
  /** The id as written in `parter`. */
  id: string;
  /** Display name; the id itself when nothing matches (the validator has normally caught that). */
  name: string;
  /** `/kommuner/<slug>/` for a municipality, else undefined. */
  href?: string | undefined;
}

/** The lists a party id is looked up in. */
export interface PartyDirectory {
  organisations: readonly { id: string; navn: string; kommune?: string | undefined }[];
  municipalities: readonly { id: string; data: { navn: string } }[];
}

/** Builds a lookup from party id to party, for rendering many documents. */
export function partyLookup(directory: PartyDirectory): (id: string) => Party {
  const municipalities = new Map(directory.municipalities.map((m) => [m.id, m.data.navn]));
  const organisations = new Map(directory.organisations.map((o) => [o.id, o]));
  return (id) => {
    const organisation = organisations.get(id);
    if (organisation) {
      const slug = organisation.kommune && municipalities.has(organisation.kommune) ? organisation.kommune : undefined;
      return { id, name: organisation.navn, href: slug ? `/kommuner/${slug}/` : undefined };
    }
    const municipality = municipalities.get(id);
    if (municipality) return { id, name: municipality, href: `/kommuner/${id}/` };
    return { id, name: id };
  };
}
