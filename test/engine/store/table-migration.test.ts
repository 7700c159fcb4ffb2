// A store written before a column existed: opening it adds the column and derives it for every row.
import Database from 'better-sqlite3';
import { Table } from '../../../engine/store/table';

test('missing derived columns are added and back-filled', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL)');
  db.prepare("INSERT INTO t VALUES ('a', ?)").run(JSON.stringify({ id: 'a', name: 'x' }));
  const t = new Table<{ id: string; name: string }>(db, {
    name: 't',
    columns: { name: { type: 'TEXT', of: (d) => d.name } },
  });
  expect(db.prepare('SELECT id, name FROM t').all()).toEqual([{ id: 'a', name: 'x' }]);
  expect(t.where('name = ?', ['x']).map((d) => d.id)).toEqual(['a']);
});
