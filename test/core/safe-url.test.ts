import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl, safeWebUrl, shortUrl, telUrl } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('keeps absolute http(s), tel and mailto URLs', () => {
    expect(safeUrl('https://www.igvm-iefh.belgium.be/nl')).to.equal('https://www.igvm-iefh.belgium.be/nl');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('  https://example.org/a b ')).to.equal('https://example.org/a%20b');
    expect(safeUrl('tel:1712')).to.equal('tel:1712');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('refuses script and data URLs in any spelling', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/uuid',
      'ftp://example.org/',
    ]) {
      expect(safeUrl(value), value).to.equal(undefined);
    }
  });

  it('refuses relative URLs, hostless URLs and non-strings', () => {
    for (const value of ['/admin', 'example.org', '//example.org/x', '?q=1', '#top', 'https://', '', '   ']) {
      expect(safeUrl(value), value).to.equal(undefined);
    }
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl({ toString: () => 'https://example.org' })).to.equal(undefined);
  });
});

describe('safeWebUrl', () => {
  it('keeps only http(s)', () => {
    expect(safeWebUrl('https://hulp.igvm.be')).to.equal('https://hulp.igvm.be/');
    expect(safeWebUrl('tel:1712')).to.equal(undefined);
    expect(safeWebUrl('mailto:help@example.org')).to.equal(undefined);
    expect(safeWebUrl('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('telUrl', () => {
  it('dials short codes as they are', () => {
    expect(telUrl('1712')).to.equal('tel:1712');
    expect(telUrl('112')).to.equal('tel:112');
    expect(telUrl('116 000')).to.equal('tel:116000');
  });

  it('dials international numbers, without spaces, dots or dashes', () => {
    expect(telUrl('+3280012800')).to.equal('tel:+3280012800');
    expect(telUrl('+32 800 12 800')).to.equal('tel:+3280012800');
  });

  it('refuses national numbers that are not in international form', () => {
    expect(telUrl('0800 12 800')).to.equal(undefined);
    expect(telUrl('080012800')).to.equal(undefined);
  });

  it('refuses anything that is not a number', () => {
    for (const value of ['', '12', 'call us', '1712;ext=1', 'javascript:alert(1)', '+0123456789', '+32 800 12 800 12 800 12']) {
      expect(telUrl(value), value).to.equal(undefined);
    }
  });
});

describe('mailtoUrl', () => {
  it('builds a mailto: URL for a plain address', () => {
    expect(mailtoUrl('help@example.org')).to.equal('mailto:help@example.org');
    expect(mailtoUrl(' help@example.org ')).to.equal('mailto:help@example.org');
  });

  it('refuses anything that could add headers, recipients or script', () => {
    for (const value of [
      'not-an-email',
      'a@b',
      'help@example.org?bcc=x@y.z',
      'a@example.org,b@example.org',
      'a b@example.org',
      '"x"@example.org',
      'javascript:alert(1)@example.org',
      '<a@example.org>',
    ]) {
      expect(mailtoUrl(value), value).to.equal(undefined);
    }
  });
});

describe('edge forms', () => {
  it('refuses an http URL without a written authority, and a phone number mixing +32 with (0)', () => {
    expect(safeUrl('http:///path')).to.equal(undefined);
    expect(safeUrl('https:/example.org')).to.equal(undefined);
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(telUrl('+32 (0)2 233 44 00')).to.equal(undefined);
    expect(telUrl('+32 2 233 44 00')).to.equal('tel:+3222334400');
  });
});

describe('shortUrl', () => {
  it('shows a web address as people say it: host and path, without scheme, www., trailing slash or query', () => {
    expect(shortUrl('https://hulp.igvm.be/')).to.equal('hulp.igvm.be');
    expect(shortUrl('https://igvm-iefh.belgium.be/nl')).to.equal('igvm-iefh.belgium.be/nl');
    expect(shortUrl('https://www.stopncii.org/?lang=nl-nl')).to.equal('stopncii.org');
    expect(shortUrl('http://www.example.org/a/b//#top')).to.equal('example.org/a/b');
  });
});
