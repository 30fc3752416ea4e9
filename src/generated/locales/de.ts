
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'he129168651ac5067': html`Brauchen Sie Hilfe? Wenden Sie sich an ${0}.`,
'register-fallback-notice': str`Die neueste Liste konnte nicht geladen werden. Angezeigt wird der Stand vom ${0}.`,
's0a552e96950fee13': str`Mit ${0} chatten`,
's11cc72e3db49fec4': `Thema`,
's11f1693e97a511b7': `Diese Seite verlassen`,
's14c44fae24257980': str`Geschlossen, öffnet morgen um ${0}`,
's1b3a30ae58322c4a': `Versuchen Sie andere oder weniger Wörter.`,
's1f1ab7574b496471': `Hilfetelefone`,
's280cbd03995414ec': str`${0} weitere Hilfetelefone`,
's2cac187686dae188': `Tastenkürzel abgebrochen`,
's3063ed35d7f39623': `Keine Angebote passen zu Ihrer Suche.`,
's373a1e54012f6157': `Tastenkürzel: 2-mal Esc drücken`,
's387b9aa0712a8fb3': str`Geschlossen, öffnet ${0} um ${1}`,
's42b6431842b835b3': `Sprache:`,
's4337efacc808b7cd': str`Geschlossen, öffnet um ${0}`,
's4488646f735ea317': str`SMS: ${0}`,
's4bcc96460a5b6917': str`${0} weiteres Hilfetelefon`,
's530a1c9def39c002': `Hilfsmittel und Veröffentlichungen durchsuchen`,
's5686011da54e5356': str`Mehr Ergebnisse zeigen (${0} von ${1} angezeigt)`,
's58bfb494feb8eb02': str`${0} ausgewählt`,
's68f077349e70b1b6': str`Drücken Sie noch ${0}-mal die Umschalttaste, um diese Seite zu verlassen`,
's7b3a70561cec8d75': `Art:`,
's7dfc22ad37bfdf0f': str`${0} anrufen`,
's7f625478d788e11b': `kostenlos`,
's8107ec84b923cfbd': `Themen:`,
's81fa26ccde47d6b4': `(öffnet in einem neuen Tab)`,
's8a91dc5393f61be5': `Hilfetelefone werden geladen…`,
's8c9be73205ff5825': `Jetzt geöffnet`,
's8ffd6d62bd2119a4': str`${0} Ergebnisse`,
'sa3a9ddbbfa43f996': `Seite wird verlassen…`,
'sa8beb6b1182241ac': `Filter`,
'sb330dee1bbc2743f': `Sicher surfen`,
'sb67443775ce2d662': `Notruf`,
'sbc0a9541084a3a09': str`Website von ${0}`,
'sbc6183609508f35f': `Tastenkürzel: 3-mal die Umschalttaste drücken`,
'sc2b9431c45a15c1b': str`An ${0} schreiben`,
'scc1db59d292cbc4c': `Bereich`,
'sd2223afb7d6b100d': `Art`,
'se1803e6ec5e3b1b9': `Versuchen Sie andere Wörter oder setzen Sie die Filter zurück.`,
'se1e0887b2aa65179': str`Drücken Sie noch ${0}-mal die Umschalttaste, um diese Seite zu verlassen`,
'se253299d8c90f409': `Filter zurücksetzen`,
'se7f45b96e26bc5bf': str`${0} Ergebnis`,
'sea64fbd2d5723788': `Notfall:`,
'see061162d06ee9bc': `Sie können auch jetzt mit jemandem sprechen:`,
'sefcf950b3cc4fc3b': `Sprache`,
'sf043776cfdad9d09': `Hilfe und Informationen finden`,
'sf88010221349eaaa': `Die Liste wird geladen…`,
'sfa3c32781fdeea7f': `Für wen`,
    };
  