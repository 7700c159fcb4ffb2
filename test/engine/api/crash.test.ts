// A served engine killed with SIGKILL during a burst of creates: every server whose create got a 202
// exists after the engine is started again on the same store.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from '../../../engine';
import { CIRROS, login } from '../../helpers/http';

test('every 202 survives a SIGKILL of the served engine', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-crash-')), 'engine.db');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/serve.ts'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`engine exited early (${code})`)));
  });
  const demo = await login(url, 'demo');
  const accepted: string[] = [];
  let killed = false;
  const isKilled = () => killed;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Eight creates in flight at a time until 120 were accepted; then the process is killed mid-burst.
  const worker = async () => {
    while (!killed) {
      try {
        const res = await demo.post('/v2.1/servers', {
          server: { name: `burst-${accepted.length}`, flavorRef: '1', imageRef: CIRROS },
        });
        if (res.status === 202) accepted.push(res.body.server.id);
        // Read through a function: another worker may have set it while this one awaited.
        if (accepted.length >= 120 && !isKilled()) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        return;
      } // the connection died with the process
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await exited;
  expect(accepted.length).toBeGreaterThanOrEqual(120);

  const again = await startEngine({ data: file });
  try {
    const c = await login(again.url, 'demo');
    const listed = new Set((await c.get('/v2.1/servers?limit=1000')).body.servers.map((x: { id: string }) => x.id));
    expect(accepted.filter((id) => !listed.has(id))).toEqual([]);
  } finally {
    await again.close();
  }
}, 60_000);
