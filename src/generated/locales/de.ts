
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's11f1693e97a511b7': `Diese Seite verlassen`,
's1f1ab7574b496471': `Hilfetelefone`,
'sf043776cfdad9d09': `Hilfe und Informationen finden`,
    };
  