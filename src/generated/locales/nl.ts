
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
's11cc72e3db49fec4': `Onderwerp`,
's11f1693e97a511b7': `Verlaat deze pagina`,
's14c44fae24257980': str`Gesloten, opent morgen om ${0}`,
's1b3a30ae58322c4a': `Probeer andere of minder woorden.`,
's1f1ab7574b496471': `Hulplijnen`,
's280cbd03995414ec': str`Nog ${0} hulplijnen`,
's2cac187686dae188': `Sneltoets geannuleerd`,
's3063ed35d7f39623': `Er zijn geen resultaten voor je zoekopdracht.`,
's373a1e54012f6157': `Sneltoets: druk 2 keer op Escape`,
's387b9aa0712a8fb3': str`Gesloten, opent ${0} om ${1}`,
's42b6431842b835b3': `Taal:`,
's4337efacc808b7cd': str`Gesloten, opent om ${0}`,
's4488646f735ea317': str`Sms: ${0}`,
's4bcc96460a5b6917': str`Nog ${0} hulplijn`,
's530a1c9def39c002': `Zoek in hulpmiddelen en publicaties`,
's5686011da54e5356': str`Meer resultaten tonen (${0} van ${1} getoond)`,
's58bfb494feb8eb02': str`${0} gekozen`,
's68f077349e70b1b6': str`Druk nog ${0} keer op Shift om deze pagina te verlaten`,
's7b3a70561cec8d75': `Soort:`,
's7dfc22ad37bfdf0f': str`Bel ${0}`,
's7f625478d788e11b': `gratis`,
's8107ec84b923cfbd': `Onderwerpen:`,
's81fa26ccde47d6b4': `(opent in een nieuw tabblad)`,
's8a91dc5393f61be5': `Hulplijnen laden…`,
's8c9be73205ff5825': `Nu open`,
's8ffd6d62bd2119a4': str`${0} resultaten`,
'sa3a9ddbbfa43f996': `Deze pagina wordt verlaten…`,
'sa8beb6b1182241ac': `Filters`,
'sb330dee1bbc2743f': `Veilig surfen`,
'sb67443775ce2d662': `Noodnummer`,
'sbc0a9541084a3a09': str`Website van ${0}`,
'sbc6183609508f35f': `Sneltoets: druk 3 keer op Shift`,
'sc2b9431c45a15c1b': str`Mail naar ${0}`,
'scc1db59d292cbc4c': `Onderdeel`,
'sd2223afb7d6b100d': `Soort`,
'se1803e6ec5e3b1b9': `Probeer andere woorden, of wis de filters.`,
'se1e0887b2aa65179': str`Druk nog ${0} keer op Shift om deze pagina te verlaten`,
'se253299d8c90f409': `Filters wissen`,
'se7f45b96e26bc5bf': str`${0} resultaat`,
'sea64fbd2d5723788': `Noodgeval:`,
'see061162d06ee9bc': `Je kunt ook nu met iemand praten:`,
'sefcf950b3cc4fc3b': `Taal`,
'sf043776cfdad9d09': `Hulp en informatie zoeken`,
'sf88010221349eaaa': `De lijst wordt geladen…`,
'sfa3c32781fdeea7f': `Voor wie`,
    };
  