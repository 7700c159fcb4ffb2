// Golden files for the rendered previews. UPDATE_GOLDEN=1 rewrites them; otherwise a missing or different
// file fails the test. Random ids terraform_data generates are replaced by <uuid> before comparing.
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(__dirname, 'golden');

export const stable = (s: string) =>
  s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden file ${file} is missing (run with UPDATE_GOLDEN=1 to create it)`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
