import { describe, expect, test } from 'vitest';
import { findChromium, NO_CHROMIUM_HELP } from './find-chromium.ts';

const exists = process.execPath; // a file that certainly exists on any machine running the tests
const none = () => '';

describe('findChromium', () => {
  test.each([
    { name: 'CHROME_PATH wins when it exists', env: { CHROME_PATH: exists }, candidates: ['/nowhere/a'], expected: { found: true, source: 'CHROME_PATH' } },
    { name: 'a system install when CHROME_PATH is unset', env: {}, candidates: ['/nowhere/a', exists], expected: { found: true, source: 'system' } },
    { name: 'a stale CHROME_PATH falls through to the system', env: { CHROME_PATH: '/nowhere/chrome' }, candidates: [exists], expected: { found: true, source: 'system' } },
    { name: 'nothing anywhere', env: {}, candidates: ['/nowhere/a', '/nowhere/b'], expected: { found: false } },
  ])('$name', async ({ env, candidates, expected }) => {
    expect(await findChromium(env, candidates, none)).toMatchObject(expected);
  });

  test("Playwright's own browser is the last resort", async () => {
    expect(await findChromium({}, ['/nowhere'], () => exists)).toMatchObject({ found: true, source: 'playwright', path: exists });
  });

  test('says what it tried when it finds nothing, and the help names the fix', async () => {
    const result = await findChromium({ CHROME_PATH: '/nowhere/chrome' }, ['/nowhere/a'], () => '/nowhere/pw');
    expect(result).toEqual({ found: false, tried: ['/nowhere/chrome (CHROME_PATH)', '/nowhere/a', "/nowhere/pw (Playwright's own)"] });
    expect(NO_CHROMIUM_HELP).toMatch(/apt-get install -y chromium/);
    expect(NO_CHROMIUM_HELP).toMatch(/CHROME_PATH/);
  });
});
