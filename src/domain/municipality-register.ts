/**
 * The national register of kommunenummer: every number that was a valid
 * municipality number in Norway on a given day, from 1 January 2020 on.
 *
 * Source: Statistics Norway's classification 131, «Standard for
 * kommuneinndeling» (SSB Klass, https://www.ssb.no/klass/klassifikasjoner/131),
 * the list Kartverket's boundary data uses too. Its versions since the 2020
 * reform: 2020–2023 (356 municipalities) and from 1 January 2024 (357: Viken,
 * Vestfold og Telemark and Troms og Finnmark were split, so their
 * municipalities were renumbered, and Haram, 1580, left Ålesund, which went
 * from 1507 to 1508). Numbers before 2020 are not in this register and are
 * not checked. When SSB publishes a version with new numbers, end the last
 * period below the day before and add the new version after it.
 */

/** One version of the classification: the numbers valid from `from` to `to` (both included; open end `undefined`). */
export interface RegisterVersion {
  /** First day of the version, `YYYY-MM-DD`. */
  from: string;
  /** Last day of the version, `YYYY-MM-DD`; `undefined` for the version in force. */
  to: string | undefined;
  /** How staff read the period, e.g. «2020–2023». */
  label: string;
  /** Every valid kommunenummer in this version. */
  numbers: ReadonlySet<string>;
}

/** `first`, `first + step`, … up to `last`, as four-digit numbers. */
function run(first: number, last: number, step = 1): string[] {
  const out: string[] = [];
  for (let n = first; n <= last; n += step) out.push(String(n).padStart(4, '0'));
  return out;
}

/** Counties whose numbers did not change in 2024 (Møre og Romsdal's changes are listed with each version). */
const UNCHANGED = [
  // Oslo
  '0301',
  // Rogaland
  ...['1101', '1103', '1106', '1108', '1111', '1112', '1114', '1119', '1120', '1121', '1122', '1124', '1127', '1130', '1133', '1134', '1135', '1144', '1145', '1146', '1149', '1151', '1160'],
  // Møre og Romsdal, except Ålesund and Haram
  ...['1505', '1506', '1511', '1514', '1515', '1516', '1517', '1520', '1525', '1528', '1531', '1532', '1535', '1539', '1547', '1554', '1557', '1560', '1563', '1566', '1573', '1576', '1577', '1578', '1579'],
  // Nordland
  ...['1804', '1806', '1811', '1812', '1813', '1815', '1816', '1818', '1820', '1822', '1824', '1825', '1826', '1827', '1828', '1832', '1833', '1834', '1835', '1836', '1837', '1838', '1839', '1840', '1841', '1845', '1848', '1851', '1853', '1856', '1857', '1859', '1860', '1865', '1866', '1867', '1868', '1870', '1871', '1874', '1875'],
  // Innlandet
  ...run(3401, 3401), ...run(3403, 3407, 2), ...run(3411, 3443), ...run(3446, 3454),
  // Agder
  ...run(4201, 4207), ...run(4211, 4228),
  // Vestland
  '4601', '4602', ...run(4611, 4651),
  // Trøndelag
  ...['5001', '5006', '5007', '5014', '5020', '5021', '5022', '5025', '5026', '5027', '5028', '5029', '5031', '5032', '5033', '5034', '5035', '5036', '5037', '5038', '5041', '5042', '5043', '5044', '5045', '5046', '5047', '5049', '5052', '5053', '5054', '5055', '5056', '5057', '5058', '5059', '5060', '5061'],
];

/** The versions of classification 131 since 2020, oldest first. */
export const MUNICIPALITY_REGISTER: readonly RegisterVersion[] = [
  {
    from: '2020-01-01',
    to: '2023-12-31',
    label: '2020–2023',
    numbers: new Set([
      ...UNCHANGED,
      '1507', // Ålesund
      ...run(3001, 3007), ...run(3011, 3054), // Viken
      ...run(3801, 3808), ...run(3811, 3825), // Vestfold og Telemark
      ...run(5401, 5406), ...run(5411, 5430), ...run(5432, 5444), // Troms og Finnmark
    ]),
  },
  {
    from: '2024-01-01',
    to: undefined,
    label: '2024 og senere',
    numbers: new Set([
      ...UNCHANGED,
      '1508', '1580', // Ålesund, Haram
      ...run(3101, 3107, 2), ...run(3110, 3124, 2), // Østfold
      ...run(3201, 3209, 2), ...run(3212, 3242, 2), // Akershus
      ...run(3301, 3305, 2), ...run(3310, 3338, 2), // Buskerud
      ...run(3901, 3911, 2), // Vestfold
      ...run(4001, 4005, 2), ...run(4010, 4036, 2), // Telemark
      '5501', '5503', ...run(5510, 5546, 2), // Troms
      ...run(5601, 5607, 2), ...run(5610, 5636, 2), // Finnmark
    ]),
  },
];

/** A number's use in a municipality file that the register does not support. */
export interface UnregisteredUse {
  /** The version of the register the number is missing from. */
  version: RegisterVersion;
  /** Versions that do have the number (so the file perhaps has its period wrong), oldest first. */
  validIn: RegisterVersion[];
}

/**
 * Checks one number over the days a municipality file uses it (both ends
 * included, open ends `undefined`): the first register version overlapping
 * those days that lacks the number, or `undefined` when every overlapping
 * version has it. Days before 2020 are outside the register and pass.
 */
export function unregisteredUse(nummer: string, from: string | undefined, to: string | undefined, register: readonly RegisterVersion[] = MUNICIPALITY_REGISTER): UnregisteredUse | undefined {
  const start = from ?? '0000-01-01';
  const end = to ?? '9999-12-31';
  const version = register.find((v) => v.from <= end && start <= (v.to ?? '9999-12-31') && !v.numbers.has(nummer));
  if (!version) return undefined;
  return { version, validIn: register.filter((v) => v.numbers.has(nummer)) };
}
