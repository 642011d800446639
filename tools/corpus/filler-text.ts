import type { Random } from './random.ts';

/**
 * Norwegian-looking filler text for the demonstration corpus, built from the
 * word lists below. The sentences read like bokmål but say nothing real; the
 * titles carry «(demodata)» and the bodies open with a «[DEMO]» notice.
 */

/** Marker appended to every generated title, question and document name. */
export const DEMO_TITLE_MARK = '(demodata)';

/** First line of every generated body, so a page or screenshot is never taken for real. */
export const DEMO_BODY_NOTICE =
  '**[DEMO]** Denne teksten er generert demonstrasjonsdata for ytelsestesting. Den er ikke ekte og beskriver ingen virkelige hendelser.';

const SUBJECTS = [
  'kommunen', 'prosjektet', 'styret', 'helseforetaket', 'arbeidsgruppen', 'samarbeidsrådet',
  'fagmiljøet', 'brukerne', 'legevakten', 'sykehjemmet', 'hjemmetjenesten', 'fastlegene',
  'sykehuset', 'leverandøren', 'opplæringsteamet', 'superbrukerne', 'innføringsteamet',
  'prosjektledelsen', 'forhandlingsutvalget', 'tillitsvalgte', 'kommunedirektøren',
  'helsesykepleierne', 'rusteamet', 'jordmortjenesten', 'fysioterapeutene', 'ergoterapeutene',
  'driftsorganisasjonen', 'brukerstøtten', 'personvernombudet', 'regionen',
];

const VERBS = [
  'planlegger', 'vurderer', 'gjennomfører', 'forbereder', 'behandler', 'godkjenner', 'justerer',
  'dokumenterer', 'tester', 'følger opp', 'beskriver', 'evaluerer', 'prioriterer', 'kartlegger',
  'avklarer', 'oppdaterer', 'forankrer', 'drøfter', 'utreder', 'samordner', 'forbedrer',
  'etablerer', 'kvalitetssikrer', 'gjennomgår', 'presenterer',
];

const OBJECTS = [
  'opplæringen', 'overgangen', 'integrasjonene', 'datamigreringen', 'tjenesteavtalen',
  'kostnadsfordelingen', 'gevinstmålene', 'innføringsplanen', 'arbeidsflyten', 'tilgangsstyringen',
  'rapporteringen', 'testplanen', 'beredskapen', 'brukerstøtten', 'journalføringen',
  'legemiddelhåndteringen', 'timebestillingen', 'pasientportalen', 'samhandlingen',
  'risikovurderingen', 'driftsavtalen', 'budsjettet', 'fremdriftsplanen', 'rutinene',
  'tilbakemeldingene', 'avviksmeldingene', 'sjekklistene', 'ressursbehovet',
  'kommunikasjonsplanen', 'meldingsutvekslingen', 'oppgaveflyten', 'henvisningene',
];

const ADVERBIALS = [
  'i løpet av høsten', 'sammen med fagfolk', 'før oppstart', 'etter innføringen',
  'i tett dialog med kommunene', 'innen fristen', 'på en trygg måte', 'i neste fase',
  'for hele regionen', 'i samarbeid med helseforetakene', 'gjennom vinteren', 'uke for uke',
  'med hjelp fra superbrukerne', 'i flere omganger', 'etter planen', 'på tvers av tjenestene',
  'før sommeren', 'i god tid', 'fortløpende', 'med vekt på pasientsikkerhet',
];

const OPENERS = [
  'Ifølge planen', 'I denne perioden', 'Som et ledd i arbeidet', 'Etter flere møter',
  'På bakgrunn av erfaringene', 'For å sikre god kvalitet', 'I tråd med avtalen',
  'Samtidig', 'I tillegg', 'Derfor', 'Videre', 'Før neste møte',
];

// Words that fit «Det er ... at ...».
const ADJECTIVES = [
  'viktig', 'nødvendig', 'ønskelig', 'avgjørende', 'naturlig', 'klart', 'sannsynlig',
  'realistisk', 'positivt', 'forventet', 'bestemt', 'avtalt',
];

const HEADINGS = [
  'Bakgrunn', 'Hva skjer nå', 'Veien videre', 'Opplæring', 'Økonomi', 'Tidsplan',
  'Erfaringer så langt', 'Hva betyr dette for innbyggerne', 'Samarbeid', 'Risiko og tiltak',
  'Spørsmål og svar', 'Kontakt',
];

const CAPTION_PLACES = [
  'møterom', 'opplæringssal', 'legevakt', 'sykehjem', 'helsestasjon', 'kontorlandskap',
];

/** Topics used for `emner`, bokmål words as staff would write them. */
export const TOPICS = [
  'tjenesteavtale', 'økonomi', 'innføring', 'opplæring', 'personvern', 'HelsaMi', 'legevakt',
  'fastleger', 'sykehus', 'kommuner', 'drift', 'integrasjoner', 'migrering', 'styret',
  'samarbeidsrådet', 'pasientsikkerhet', 'brukerstøtte', 'gevinster',
] as const;

/** Answer categories for the FAQ (about eight, as on a real site). */
export const FAQ_CATEGORIES = [
  'Om Helseplattformen',
  'For innbyggere',
  'HelsaMi',
  'For ansatte i kommunene',
  'Økonomi og avtaler',
  'Personvern og sikkerhet',
  'Innføring og tidsplan',
  'Om dette nettstedet',
] as const;

const QUESTION_STARTS = [
  'Hva skjer med', 'Hvordan fungerer', 'Når kommer', 'Hvem har ansvar for', 'Hvorfor endres',
  'Hvor finner jeg', 'Hva koster', 'Hvordan påvirker innføringen',
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Generates filler text from one random stream. */
export class FillerText {
  readonly #random: Random;

  /** Uses the given stream for every choice. */
  constructor(random: Random) {
    this.#random = random;
  }

  /** One sentence, e.g. «Kommunen planlegger opplæringen i god tid.» */
  sentence(): string {
    const r = this.#random;
    const subject = r.pick(SUBJECTS);
    const clause = `${subject} ${r.pick(VERBS)} ${r.pick(OBJECTS)}`;
    switch (r.int(0, 4)) {
      case 0:
        return `${r.pick(OPENERS)} ${r.pick(VERBS)} ${subject} ${r.pick(OBJECTS)} ${r.pick(ADVERBIALS)}.`;
      case 1:
        return `Det er ${r.pick(ADJECTIVES)} at ${clause} ${r.pick(ADVERBIALS)}.`;
      case 2:
        return `${capitalise(clause)}, og ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`;
      default:
        return `${capitalise(clause)} ${r.pick(ADVERBIALS)}.`;
    }
  }

  /** A paragraph of `min`–`max` sentences. */
  paragraph(min = 3, max = 6): string {
    const count = this.#random.int(min, max);
    return Array.from({ length: count }, () => this.sentence()).join(' ');
  }

  /** A short headline without the demo mark, e.g. «Styret godkjenner budsjettet». */
  headline(): string {
    const r = this.#random;
    return capitalise(`${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}`);
  }

  /** A noun phrase for document titles, e.g. «kostnadsfordelingen i neste fase». */
  topicPhrase(): string {
    const r = this.#random;
    return `${r.pick(OBJECTS)} ${r.pick(ADVERBIALS)}`;
  }

  /** A question for the FAQ, ending in «? (demodata)». */
  question(): string {
    const r = this.#random;
    return `${r.pick(QUESTION_STARTS)} ${r.pick(OBJECTS)} ${r.pick(ADVERBIALS)}? ${DEMO_TITLE_MARK}`;
  }

  /** A section heading. */
  heading(): string {
    return this.#random.pick(HEADINGS);
  }

  /** A bullet list of `min`–`max` short items. */
  list(min = 3, max = 5): string {
    const r = this.#random;
    const count = r.int(min, max);
    return Array.from({ length: count }, () => `- ${capitalise(r.pick(OBJECTS))} ${r.pick(ADVERBIALS)}`).join('\n');
  }

  /** Alt text and caption for a generated single-colour image. */
  imageText(colourName: string): { alt: string; caption: string } {
    const place = this.#random.pick(CAPTION_PLACES);
    return {
      alt: `Ensfarget ${colourName} flate med en bredere stripe i midten. Generert demonstrasjonsbilde.`,
      caption: `Illustrasjon fra et tenkt ${place} ${DEMO_TITLE_MARK}.`,
    };
  }
}
