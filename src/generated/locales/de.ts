
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
's11f1693e97a511b7': `Diese Seite verlassen`,
's14c44fae24257980': str`Geschlossen, öffnet morgen um ${0}`,
's1f1ab7574b496471': `Hilfetelefone`,
's280cbd03995414ec': str`${0} weitere Hilfetelefone`,
's2cac187686dae188': `Tastenkürzel abgebrochen`,
's373a1e54012f6157': `Tastenkürzel: 2-mal Esc drücken`,
's387b9aa0712a8fb3': str`Geschlossen, öffnet ${0} um ${1}`,
's4337efacc808b7cd': str`Geschlossen, öffnet um ${0}`,
's4488646f735ea317': str`SMS: ${0}`,
's4bcc96460a5b6917': str`${0} weiteres Hilfetelefon`,
's68f077349e70b1b6': str`Drücken Sie noch ${0}-mal die Umschalttaste, um diese Seite zu verlassen`,
's7dfc22ad37bfdf0f': str`${0} anrufen`,
's7f625478d788e11b': `kostenlos`,
's8a91dc5393f61be5': `Hilfetelefone werden geladen…`,
's8c9be73205ff5825': `Jetzt geöffnet`,
'sa3a9ddbbfa43f996': `Seite wird verlassen…`,
'sb330dee1bbc2743f': `Sicher surfen`,
'sb67443775ce2d662': `Notruf`,
'sbc0a9541084a3a09': str`Website von ${0}`,
'sbc6183609508f35f': `Tastenkürzel: 3-mal die Umschalttaste drücken`,
'sc2b9431c45a15c1b': str`An ${0} schreiben`,
'se1e0887b2aa65179': str`Drücken Sie noch ${0}-mal die Umschalttaste, um diese Seite zu verlassen`,
'sea64fbd2d5723788': `Notfall:`,
'sf043776cfdad9d09': `Hilfe und Informationen finden`,
    };
  