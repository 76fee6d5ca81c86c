
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0de5bfa72dc33df2': `Haftungsausschluss`,
's0ee3377929437408': `← Bibliothek`,
's4112d760e1430d32': `Ihr Browser lässt Close Reader nichts speichern (IndexedDB ist nicht verfügbar). Sie können lesen, aber Einstellungen gelten nur für diesen Besuch.`,
's41e6ed669b85d4d9': `Bildunterschrift`,
's46ceab636215ef82': `Eingebetteter Tweet`,
's49e763aed00877a8': `Hauptnavigation`,
's66da146c9f6ba983': `Schriftgröße`,
's6b5c9ea6f000d0b8': `Der Artikel wird geladen …`,
's7ae09239d5dcbb5e': `Artikel`,
's7db7a94759a49274': str`${0} Wörter`,
's8cc0d06745c9a525': `Größere Schrift`,
's9aa383673e86e2dd': `Titel von Close Reader ergänzt`,
's9aac70a7cd2eb423': `Bildquelle`,
'sac8252732f2edb19': `Datum`,
'sb0ca99f72a07bd52': `Kleinere Schrift`,
'sb60d7bcb0f95da8d': `Wählen Sie einen Artikel für die genaue Lektüre.`,
'sbb524fab25e8c952': `Close Reader`,
'sc0672135930a14f0': `Bibliothek`,
'sc213298ea5900b76': `Die Bibliothek hat keinen Artikel unter dieser Adresse.`,
'sc5b57eaed021f444': `Über die Autorin / den Autor`,
'sca468622e2c7e1cf': str`${0} Wort`,
'sd2b24a565f570f50': `Der Artikel konnte nicht geöffnet werden`,
'sd4c6a17a3469cc56': `Herausgestelltes Zitat`,
'sd5c9d14bc58f7a7b': `Zurück zur Bibliothek`,
'se462b59952ef9585': str`Schriftgröße ${0}`,
'seac14e815a6e1650': `Bildnachweis`,
'sec77d4da6a57f2b7': `Seite nicht gefunden`,
'sefcf950b3cc4fc3b': `Sprache`,
'sf4fd5b44b5debdd8': `Artikel nicht gefunden`,
    };
  