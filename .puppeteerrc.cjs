/** No install step may download a browser: tests use Debian's /usr/bin/chromium and /usr/bin/firefox-esr. */
module.exports = { skipDownload: true };
