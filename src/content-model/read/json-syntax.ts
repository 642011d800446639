/**
 * Finds where a JSON text first breaks the grammar and says why in plain
 * Norwegian. `JSON.parse` does the real parsing; this only runs when it
 * fails, because V8's messages are in English and sometimes lack a position
 * (a trailing comma in a long file, for one).
 */

/** The first syntax error in a JSON text. */
export interface JsonSyntaxError {
  /** Character offset where the fix belongs. */
  offset: number;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

class Stop extends Error {
  readonly detail: JsonSyntaxError;
  constructor(detail: JsonSyntaxError) {
    super(detail.what);
    this.detail = detail;
  }
}

/** The first syntax error in `text`, or `undefined` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (offset: number, what: string, fix: string): never => {
    throw new Stop({ offset, what, fix });
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
    if (text.startsWith('//', i) || text.startsWith('/*', i)) {
      fail(i, 'JSON kan ikke ha kommentarer', 'Fjern kommentaren.');
    }
  };
  const endOfFile = (closer: string): never =>
    fail(text.length, `filen slutter for tidlig; det mangler en avsluttende ${closer}`, `Legg til ${closer} der listen eller gruppen slutter.`);

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === undefined) {
      return fail(text.length, 'filen slutter midt i et element', 'Sjekk at filen er komplett, og at hver { og [ er avsluttet med } og ].');
    }
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") fail(i, 'tekst står i enkle anførselstegn', 'Bruk doble anførselstegn ("), for eksempel "Røros".');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    const word = /^[A-Za-zÆØÅæøå_]+/.exec(text.slice(i))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return;
    }
    if (word) {
      return fail(i, `ukjent verdi «${word}»`, 'Tekst må stå i doble anførselstegn ("); ellers bruk true, false, null eller et tall.');
    }
    return fail(i, `uventet tegn «${c}»`, 'Fjern tegnet, eller sett teksten i doble anførselstegn (").');
  };

  const string = (): void => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') i += 2;
      else if (c < ' ') {
        fail(start, 'en tekst går over flere linjer eller mangler avsluttende anførselstegn', 'En tekst må stå på én linje og slutte med "; skriv \\n der du vil ha linjeskift.');
      } else i++;
    }
    fail(start, 'en tekst mangler avsluttende anførselstegn', 'Avslutt teksten med ".');
  };

  const number = (): void => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    const found = match.exec(text);
    if (!found) fail(i, 'tallet er skrevet feil', 'Skriv tall med punktum som desimaltegn, for eksempel 63.43.');
    i = match.lastIndex;
    if (/[0-9]/.test(text[i] ?? '')) {
      fail(i - 1, 'et tall kan ikke begynne med 0', 'Skriv det i anførselstegn hvis det er et nummer, for eksempel "0301".');
    }
  };

  // Lists and groups share the rules for commas; only the brackets and the
  // key before each value differ.
  const sequence = (close: '}' | ']', item: () => void): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      const end = i;
      skipSpace();
      const c = text[i];
      if (c === ',') {
        const comma = i;
        i++;
        skipSpace();
        if (text[i] === close) {
          fail(comma, `komma etter det siste elementet`, `Fjern kommaet før ${close}.`);
        }
        continue;
      }
      if (c === close) {
        i++;
        return;
      }
      if (c === undefined) endOfFile(close);
      fail(end, 'det mangler et komma', `Sett komma etter verdien, før neste element (eller avslutt med ${close}).`);
    }
  };

  const object = () =>
    sequence('}', () => {
      skipSpace();
      const c = text[i];
      if (c === undefined) endOfFile('}');
      if (c !== '"') {
        fail(i, 'feltnavnet står ikke i doble anførselstegn', 'Skriv feltnavnet i doble anførselstegn, for eksempel "navn": "Røros".');
      }
      string();
      skipSpace();
      if (text[i] !== ':') fail(i, 'det mangler kolon etter feltnavnet', 'Sett : mellom feltnavnet og verdien.');
      i++;
      value();
    });

  const array = () => sequence(']', value);

  try {
    value();
    skipSpace();
    if (i < text.length) {
      fail(i, 'det står noe etter slutten av innholdet', 'Fjern alt etter den siste } eller ].');
    }
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.detail;
    throw error;
  }
}
