import { describe, expect, it } from 'vitest';
import { databaseUrl, isCouchWelcome, readDatabaseStatus, readSyncTarget } from './sync-target';

const fields = { url: '', database: '', username: '', password: '' };

describe('readSyncTarget', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(readSyncTarget({ url: 'https://couch.example.com', database: 'cards', username: 'ana', password: 'pw' })).toEqual({
      ok: true,
      target: { server: 'https://couch.example.com', database: 'cards', username: 'ana', password: 'pw' },
    });
    for (const host of ['127.0.0.1:5984', 'localhost:5984'])
      expect(readSyncTarget({ url: `http://${host}/`, database: 'cards', username: 'ana', password: 'pw' }).ok).toBe(true);
    expect(readSyncTarget({ url: 'http://couch.example.com', database: 'cards', username: 'ana', password: 'pw' })).toEqual({ ok: false, issue: 'insecure' });
    expect(readSyncTarget({ url: 'http://192.168.1.5:5984', database: 'cards', username: 'ana', password: 'pw' })).toEqual({ ok: false, issue: 'insecure' });
    expect(readSyncTarget({ ...fields, url: 'ftp://x' })).toEqual({ ok: false, issue: 'bad-url' });
    expect(readSyncTarget({ ...fields, url: 'not a url' })).toEqual({ ok: false, issue: 'bad-url' });
  });

  it('takes the user, password and database from a URL that carries them', () => {
    expect(readSyncTarget({ ...fields, url: 'https://ana:p%40ss@acct.cloudant.com/prefix/cards' })).toEqual({
      ok: true,
      target: { server: 'https://acct.cloudant.com/prefix', database: 'cards', username: 'ana', password: 'p@ss' },
    });
  });

  it('says what is missing or wrong', () => {
    expect(readSyncTarget({ ...fields, url: 'https://x.example' })).toEqual({ ok: false, issue: 'no-database' });
    expect(readSyncTarget({ ...fields, url: 'https://x.example', database: 'Cards!' })).toEqual({ ok: false, issue: 'bad-database' });
    expect(readSyncTarget({ ...fields, url: 'https://x.example', database: 'cards' })).toEqual({ ok: false, issue: 'no-username' });
    expect(readSyncTarget({ ...fields, url: 'https://x.example', database: 'cards', username: 'a' })).toEqual({ ok: false, issue: 'no-password' });
  });

  it('builds the database URL without credentials', () => {
    expect(databaseUrl({ server: 'https://x.example', database: 'a/b' })).toBe('https://x.example/a%2Fb');
  });
});

describe('server answers', () => {
  it('know a CouchDB welcome from anything else', () => {
    expect(isCouchWelcome({ couchdb: 'Welcome', version: '3.4.2' })).toBe(true);
    expect(isCouchWelcome({ 'express-pouchdb': 'Welcome!', version: '4.2.0' })).toBe(true);
    expect(isCouchWelcome({ hello: 'world' })).toBe(false);
    expect(isCouchWelcome('<html>')).toBe(false);
  });

  it('tell a wrong password from a refused member and a missing database', () => {
    expect(readDatabaseStatus(200)).toEqual({ status: 'ok' });
    expect(readDatabaseStatus(401, 'Name or password is incorrect.')).toEqual({ status: 'unauthorized' });
    expect(readDatabaseStatus(401, 'You are not authorized to access this db.')).toEqual({ status: 'forbidden' });
    expect(readDatabaseStatus(403, 'You are not allowed to access this db.')).toEqual({ status: 'forbidden' });
    expect(readDatabaseStatus(404)).toEqual({ status: 'no-database' });
    expect(readDatabaseStatus(500)).toEqual({ status: 'error', code: 500 });
  });
});
