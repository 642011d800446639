/**
 * One address for every page type of the built test site, and the pages of
 * the long-word fixture: what the reflow and axe tests go through.
 */
import { TEST_DOCUMENTS } from './document-fixtures.ts';
import { LONG_WORD_PAGES, LONG_WORDS } from './long-word-fixtures.ts';
import { TEST_MEETINGS } from './meeting-fixtures.ts';
import { TEST_ADDRESSES } from './address-fixtures.ts';

/** Every page type of the shipped content (plus the test documents), by name. */
export const PAGE_TYPES = {
  front: '/',
  newsList: '/nyheter/',
  article: '/nyheter/enighet-om-utkast-til-tjenesteavtale/',
  topic: '/nyheter/emne/tjenesteavtale/',
  documents: '/dokumenter/',
  document: `/dokumenter/${TEST_DOCUMENTS.v2}/`,
  documentSelection: '/dokumenter/type/tjenesteavtale/',
  meetings: '/moter/',
  meeting: `/moter/${TEST_MEETINGS.upcoming}/`,
  meetingSelection: '/moter/organ/helseplattformen-as-styre/',
  changes: '/endringer/',
  changesByMunicipality: '/endringer/kommune/roros/',
  changesSecondPage: '/endringer/type/kommune/side/2/',
  answers: '/sporsmal-og-svar/',
  answerCategory: '/sporsmal-og-svar/innforingen/',
  municipalities: '/kommuner/',
  municipality: '/kommuner/trondheim/',
  charts: '/kommuner/utvikling/',
  rollout: '/innforing/',
  data: '/data/',
  search: '/sok/?q=roros',
  about: '/om/',
  accessibility: '/tilgjengelighet/',
  privacy: '/personvern/',
  notFound: '/finnes-ikke/',
  removed: TEST_ADDRESSES.removed,
} as const;

/** The pages where the longest words and a long bare URL appear. */
export const LONG_WORD_PAGE_TYPES = {
  longArticle: LONG_WORD_PAGES.news,
  longDocument: LONG_WORD_PAGES.document,
  longAnswer: LONG_WORD_PAGES.answer,
  longAnswerInIndex: LONG_WORD_PAGES.answerInIndex,
  longMunicipality: LONG_WORD_PAGES.municipality,
  longTopic: `/nyheter/emne/${LONG_WORDS[1]}/`,
} as const;

/**
 * Every page type of the nynorsk site (the same pages under /nn/, fixed
 * words in nynorsk): old addresses and the 404 page exist in bokmål only.
 */
export const NYNORSK_PAGE_TYPES = {
  nnFront: '/nn/',
  nnNewsList: '/nn/nyheiter/',
  nnArticle: '/nn/nyheiter/enighet-om-utkast-til-tjenesteavtale/',
  nnTopic: '/nn/nyheiter/emne/tjenesteavtale/',
  nnDocuments: '/nn/dokument/',
  nnDocument: `/nn/dokument/${TEST_DOCUMENTS.v2}/`,
  nnDocumentSelection: '/nn/dokument/type/tjenesteavtale/',
  nnMeetings: '/nn/mote/',
  nnMeeting: `/nn/mote/${TEST_MEETINGS.upcoming}/`,
  nnMeetingSelection: '/nn/mote/organ/helseplattformen-as-styre/',
  nnChanges: '/nn/endringar/',
  nnChangesByMunicipality: '/nn/endringar/kommune/roros/',
  nnChangesSecondPage: '/nn/endringar/type/kommune/side/2/',
  nnAnswers: '/nn/sporsmal-og-svar/',
  nnAnswerCategory: '/nn/sporsmal-og-svar/innforingen/',
  nnMunicipalities: '/nn/kommunar/',
  nnMunicipality: '/nn/kommunar/trondheim/',
  nnCharts: '/nn/kommunar/utvikling/',
  nnRollout: '/nn/innforing/',
  nnData: '/nn/data/',
  nnSearch: '/nn/sok/?q=roros',
  nnAbout: '/nn/om/',
  nnAccessibility: '/nn/tilgjengelegheit/',
  nnPrivacy: '/nn/personvern/',
} as const;
