
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'he129168651ac5067': html`Hulp nodig? Neem contact op met ${0}.`,
'register-fallback-notice': str`De nieuwste lijst kon niet worden geladen. Je ziet de versie van ${0}.`,
's0a552e96950fee13': str`Chat met ${0}`,
's11f1693e97a511b7': `Verlaat deze pagina`,
's14c44fae24257980': str`Gesloten, opent morgen om ${0}`,
's1f1ab7574b496471': `Hulplijnen`,
's280cbd03995414ec': str`Nog ${0} hulplijnen`,
's2cac187686dae188': `Sneltoets geannuleerd`,
's373a1e54012f6157': `Sneltoets: druk 2 keer op Escape`,
's387b9aa0712a8fb3': str`Gesloten, opent ${0} om ${1}`,
's4337efacc808b7cd': str`Gesloten, opent om ${0}`,
's4488646f735ea317': str`Sms: ${0}`,
's4bcc96460a5b6917': str`Nog ${0} hulplijn`,
's68f077349e70b1b6': str`Druk nog ${0} keer op Shift om deze pagina te verlaten`,
's7dfc22ad37bfdf0f': str`Bel ${0}`,
's7f625478d788e11b': `gratis`,
's8a91dc5393f61be5': `Hulplijnen laden…`,
's8c9be73205ff5825': `Nu open`,
'sa3a9ddbbfa43f996': `Deze pagina wordt verlaten…`,
'sb330dee1bbc2743f': `Veilig surfen`,
'sb67443775ce2d662': `Noodnummer`,
'sbc0a9541084a3a09': str`Website van ${0}`,
'sbc6183609508f35f': `Sneltoets: druk 3 keer op Shift`,
'sc2b9431c45a15c1b': str`Mail naar ${0}`,
'se1e0887b2aa65179': str`Druk nog ${0} keer op Shift om deze pagina te verlaten`,
'sea64fbd2d5723788': `Noodgeval:`,
'sf043776cfdad9d09': `Hulp en informatie zoeken`,
    };
  