import { defineStrings } from '../define-strings.ts';

/** Strings of citation marks, key-figure boxes, pull-quotes and callouts. */
export const citationStrings = defineStrings({
  en: {
    source: 'Source',
    kind_filing: 'Official filing',
    kind_government: 'Government document',
    kind_company: 'Company statement',
    kind_press: 'Press report',
    kind_analysis: 'Analysis or estimate',
    kind_reference: 'Reference',
    keyFigures: 'Key figures',
    paraphrased: 'paraphrased',
    quoted: 'quoted',
    calloutDoubt: 'Open question',
    calloutNote: 'Note',
    calloutCorrection: 'What the source articles got wrong',
    backLink: 'Back to citation {n}',
    inLanguage: 'in {language}',
  },
  fr: {
    source: 'Source',
    kind_filing: 'Document déposé (SEC)',
    kind_government: 'Document officiel',
    kind_company: 'Déclaration d’entreprise',
    kind_press: 'Article de presse',
    kind_analysis: 'Analyse ou estimation',
    kind_reference: 'Référence',
    keyFigures: 'Chiffres clés',
    paraphrased: 'propos résumés',
    quoted: 'citation',
    calloutDoubt: 'Question ouverte',
    calloutNote: 'À noter',
    calloutCorrection: 'Ce que les articles d’origine ont mal dit',
    backLink: 'Retour à l’appel de note {n}',
    inLanguage: 'en {language}',
  },
});
