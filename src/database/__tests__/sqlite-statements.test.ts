import Database from 'better-sqlite3';
import { keepPreparedStatements } from '../sqlite-statements';

describe('keepPreparedStatements', () => {
  const open = (limit?: number) => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof db.prepare;
    return { db: keepPreparedStatements(db, limit), prepared };
  };

  it('prepares the same SQL once and runs it with each call’s values', () => {
    const { db, prepared } = open();
    db.prepare('INSERT INTO t (name) VALUES (?)').run('أ');
    db.prepare('INSERT INTO t (name) VALUES (?)').run('ب');
    expect(db.prepare('SELECT name FROM t WHERE id = ?').all(2)).toEqual([{ name: 'ب' }]);
    expect(db.prepare('SELECT name FROM t WHERE id = ?').all(1)).toEqual([{ name: 'أ' }]);
    expect(prepared).toEqual(['INSERT INTO t (name) VALUES (?)', 'SELECT name FROM t WHERE id = ?']);
  });

  it('keeps only the most recent statements', () => {
    const { db, prepared } = open(1);
    db.prepare('SELECT 1').all();
    db.prepare('SELECT 2').all();
    db.prepare('SELECT 1').all();
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 1']);
  });

  it('prepares PRAGMAs each time: some answer when prepared, and would keep answering so after a schema change', () => {
    const { db, prepared } = open();
    expect(db.prepare("PRAGMA index_list('u')").all()).toEqual([]);
    db.exec('CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT UNIQUE)');
    expect(db.prepare("PRAGMA index_list('u')").all()).toHaveLength(1);
    expect(prepared).toEqual(["PRAGMA index_list('u')", "PRAGMA index_list('u')"]);
  });

  it('keeps working after the schema changes under a kept statement', () => {
    const { db } = open();
    db.prepare('INSERT INTO t (name) VALUES (?)').run('x');
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ id: 1, name: 'x' }]);
    db.exec('ALTER TABLE t ADD COLUMN extra TEXT');
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ id: 1, name: 'x', extra: null }]);
  });
});
