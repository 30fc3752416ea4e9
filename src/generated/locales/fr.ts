
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's11f1693e97a511b7': `Quitter cette page`,
's1f1ab7574b496471': `Lignes d’aide`,
'sf043776cfdad9d09': `Trouver de l’aide et des ressources`,
    };
  