// GOV.UK Frontend's own initialisation (js-enabled classes, then initAll), as its page template does it.
import { initAll } from '/__test/vendor/govuk/govuk-frontend.min.js';

document.body.className += ' js-enabled govuk-frontend-supported';
initAll();
