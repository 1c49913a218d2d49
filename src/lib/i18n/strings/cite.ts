import { defineStrings } from '../define-strings.ts';

/**
 * Strings of "Cite this": the controls beside headings, the plain citation at the end of a page,
 * and the dialog (src/components/cite/cite-dialog.ts, which loads them with itself on first use).
 */
export const citeStrings = defineStrings({
  en: {
    citeSection: 'Cite this section',
    citePage: 'Cite this page',
    citeEvent: 'Cite this event',
    cite: 'Cite',
    style: 'Chicago style (17th edition), web page.',
    addAccessDate: 'Add the day you read it, “Accessed …”, before the address.',
    chicago: 'Chicago',
    bibtex: 'BibTeX',
    csl: 'CSL-JSON (Zotero, Pandoc)',
    copy: 'Copy',
    copied: '{format} copied',
    copyFailed: 'Copying was refused: the text is selected, press Ctrl+C (⌘C on a Mac).',
    close: 'Close',
  },
  fr: {
    citeSection: 'Citer cette section',
    citePage: 'Citer cette page',
    citeEvent: 'Citer cet événement',
    cite: 'Citer',
    style: 'Style Chicago (17e édition), page web.',
    addAccessDate: 'Ajoutez le jour de votre lecture, « Consulté le … », avant l’adresse.',
    chicago: 'Chicago',
    bibtex: 'BibTeX',
    csl: 'CSL-JSON (Zotero, Pandoc)',
    copy: 'Copier',
    copied: '{format} copié',
    copyFailed: 'La copie a été refusée : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
    close: 'Fermer',
  },
});
