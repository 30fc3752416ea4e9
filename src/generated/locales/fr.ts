
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
's11cc72e3db49fec4': `Thème`,
's11f1693e97a511b7': `Quitter cette page`,
's14c44fae24257980': str`Fermé, ouvre demain à ${0}`,
's1b3a30ae58322c4a': `Essayez d’autres mots, ou moins de mots.`,
's1f1ab7574b496471': `Lignes d’aide`,
's280cbd03995414ec': str`${0} autres lignes d’aide`,
's2cac187686dae188': `Raccourci annulé`,
's3063ed35d7f39623': `Aucune ressource ne correspond à votre recherche.`,
's373a1e54012f6157': `Raccourci : appuyez 2 fois sur Échap`,
's387b9aa0712a8fb3': str`Fermé, ouvre ${0} à ${1}`,
's42b6431842b835b3': `Langue :`,
's4337efacc808b7cd': str`Fermé, ouvre à ${0}`,
's4488646f735ea317': str`SMS : ${0}`,
's4bcc96460a5b6917': str`${0} autre ligne d’aide`,
's530a1c9def39c002': `Rechercher des outils et publications`,
's5686011da54e5356': str`Afficher plus de résultats (${0} sur ${1} affichés)`,
's58bfb494feb8eb02': str`sélection : ${0}`,
's68f077349e70b1b6': str`Appuyez encore ${0} fois sur Maj (Shift) pour quitter cette page`,
's7b3a70561cec8d75': `Type :`,
's7dfc22ad37bfdf0f': str`Appeler le ${0}`,
's7f625478d788e11b': `gratuit`,
's8107ec84b923cfbd': `Thèmes :`,
's81fa26ccde47d6b4': `(s’ouvre dans un nouvel onglet)`,
's8a91dc5393f61be5': `Chargement des lignes d’aide…`,
's8c9be73205ff5825': `Ouvert maintenant`,
's8ffd6d62bd2119a4': str`${0} ressources`,
'sa3a9ddbbfa43f996': `Fermeture de la page…`,
'sa8beb6b1182241ac': `Filtres`,
'sb330dee1bbc2743f': `Naviguer en sécurité`,
'sb67443775ce2d662': `Urgence`,
'sbc0a9541084a3a09': str`Site web de ${0}`,
'sbc6183609508f35f': `Raccourci : appuyez 3 fois sur Maj (Shift)`,
'sc2b9431c45a15c1b': str`Écrire à ${0}`,
'scc1db59d292cbc4c': `Rubrique`,
'sd2223afb7d6b100d': `Type`,
'se1803e6ec5e3b1b9': `Essayez d’autres mots, ou effacez les filtres.`,
'se1e0887b2aa65179': str`Appuyez encore ${0} fois sur Maj (Shift) pour quitter cette page`,
'se253299d8c90f409': `Effacer les filtres`,
'se7f45b96e26bc5bf': str`${0} ressource`,
'sea64fbd2d5723788': `Urgence :`,
'see061162d06ee9bc': `Vous pouvez aussi parler à quelqu’un maintenant :`,
'sefcf950b3cc4fc3b': `Langue`,
'sf043776cfdad9d09': `Trouver de l’aide et des ressources`,
'sf88010221349eaaa': `Chargement de la liste…`,
'sfa3c32781fdeea7f': `Pour qui`,
    };
  