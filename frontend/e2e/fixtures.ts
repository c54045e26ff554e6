import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/** Every test gets a brand-new Chromium profile in a temporary directory. */
export const test = base.extend<{ context: BrowserContext; page: Page }>({
  context: async ({ baseURL, locale, timezoneId, viewport }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'otklik-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutable,
      args: chromiumArgs,
      baseURL,
      locale,
      timezoneId,
      viewport,
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };

/** axe-core with the WCAG 2.1 A/AA rules; serious and critical findings fail the test. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `axe violations on ${what}`).toEqual([]);
}
