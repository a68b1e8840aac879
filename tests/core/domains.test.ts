import { expect } from '@open-wc/testing';
import { cookieDomains } from '../../src/core/domains.js';

describe('cookieDomains', () => {
  it('lists the host and every parent domain, not just the last two labels', () => {
    expect(cookieDomains('www.example.co.uk')).to.deep.equal([
      'www.example.co.uk',
      '.www.example.co.uk',
      '.example.co.uk',
      '.co.uk',
    ]);
  });

  it('stops before the bare top-level domain', () => {
    expect(cookieDomains('example.com')).to.deep.equal(['example.com', '.example.com']);
    expect(cookieDomains('news.example.com')).to.deep.equal(['news.example.com', '.news.example.com', '.example.com']);
    expect(cookieDomains('a.b.c.example.org')).to.deep.equal([
      'a.b.c.example.org',
      '.a.b.c.example.org',
      '.b.c.example.org',
      '.c.example.org',
      '.example.org',
    ]);
  });

  it('ignores a trailing dot and letter case', () => {
    expect(cookieDomains('WWW.Example.com.')).to.deep.equal(['www.example.com', '.www.example.com', '.example.com']);
  });

  it('gives just the host for single-label hosts like localhost', () => {
    expect(cookieDomains('localhost')).to.deep.equal(['localhost']);
    expect(cookieDomains('intranet')).to.deep.equal(['intranet']);
  });

  it('gives just the host for IPv4 and IPv6 addresses', () => {
    expect(cookieDomains('127.0.0.1')).to.deep.equal(['127.0.0.1']);
    expect(cookieDomains('192.168.10.200')).to.deep.equal(['192.168.10.200']);
    expect(cookieDomains('[::1]')).to.deep.equal(['[::1]']);
    expect(cookieDomains('::1')).to.deep.equal(['::1']);
    expect(cookieDomains('[2001:db8::8a2e:370:7334]')).to.deep.equal(['[2001:db8::8a2e:370:7334]']);
  });

  it('gives nothing for an empty host (a file: page)', () => {
    expect(cookieDomains('')).to.deep.equal([]);
  });
});
