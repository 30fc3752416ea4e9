
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'he129168651ac5067': html`Besoin d’aide ? Contactez ${0}.`,
'register-fallback-notice': str`La liste la plus récente n’a pas pu être chargée. Voici la version du ${0}.`,
's0a552e96950fee13': str`Chatter avec ${0}`,
's11f1693e97a511b7': `Quitter cette page`,
's14c44fae24257980': str`Fermé, ouvre demain à ${0}`,
's1f1ab7574b496471': `Lignes d’aide`,
's280cbd03995414ec': str`${0} autres lignes d’aide`,
's2cac187686dae188': `Raccourci annulé`,
's373a1e54012f6157': `Raccourci : appuyez 2 fois sur Échap`,
's387b9aa0712a8fb3': str`Fermé, ouvre ${0} à ${1}`,
's4337efacc808b7cd': str`Fermé, ouvre à ${0}`,
's4488646f735ea317': str`SMS : ${0}`,
's4bcc96460a5b6917': str`${0} autre ligne d’aide`,
's68f077349e70b1b6': str`Appuyez encore ${0} fois sur Maj (Shift) pour quitter cette page`,
's7dfc22ad37bfdf0f': str`Appeler le ${0}`,
's7f625478d788e11b': `gratuit`,
's8a91dc5393f61be5': `Chargement des lignes d’aide…`,
's8c9be73205ff5825': `Ouvert maintenant`,
'sa3a9ddbbfa43f996': `Fermeture de la page…`,
'sb330dee1bbc2743f': `Naviguer en sécurité`,
'sb67443775ce2d662': `Urgence`,
'sbc0a9541084a3a09': str`Site web de ${0}`,
'sbc6183609508f35f': `Raccourci : appuyez 3 fois sur Maj (Shift)`,
'sc2b9431c45a15c1b': str`Écrire à ${0}`,
'se1e0887b2aa65179': str`Appuyez encore ${0} fois sur Maj (Shift) pour quitter cette page`,
'sea64fbd2d5723788': `Urgence :`,
'sf043776cfdad9d09': `Trouver de l’aide et des ressources`,
    };
  