import { defineStrings } from '../define-strings.ts';

/** Strings of the glossary page and of the `<Term>` popover. */
export const glossaryStrings = defineStrings({
  en: {
    letterIndex: 'Glossary terms by first letter',
    usedOn: 'Used on',
    sources: 'Sources',
    termCount: '{count} terms',
    openInGlossary: 'Open in the glossary',
    definitionOf: 'Definition of {term}',
  },
  fr: {
    letterIndex: 'Termes du glossaire par initiale',
    usedOn: 'Employé dans',
    sources: 'Sources',
    termCount: '{count} termes',
    openInGlossary: 'Voir dans le glossaire',
    definitionOf: 'Définition de {term}',
  },
});
