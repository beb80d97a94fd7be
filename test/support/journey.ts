import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible, startDemoInBrowser, type DemoBrowser } from './browser.ts';

const screenshots = process.env.SAMENSPEL_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });
let shot = 0;

/** What one user did: the inputs they filled and the pages they went to. */
export class Journey {
  inputs = 0;
  pageLoads = 0;
  readonly who: string;
  readonly page: Page;
  constructor(who: string, page: Page) {
    this.who = who;
    this.page = page;
  }

  async fill(field: Locator, value: string) {
    await field.fill(value);
    this.inputs++;
  }

  async select(field: Locator, optionLabel: string | RegExp) {
    if (typeof optionLabel === 'string') await field.selectOption({ label: optionLabel });
    else {
      const labels = await field.locator('option').allTextContents();
      const found = labels.find((l) => optionLabel.test(l));
      assert.ok(found, `an option matching ${optionLabel} in ${labels.join(' | ')}`);
      await field.selectOption({ label: found });
    }
    this.inputs++;
  }

  async check(field: Locator) {
    await field.check();
    this.inputs++;
  }

  /** A click (or a visit) that leads to another page; waits for its path. */
  async navigate(action: () => Promise<unknown>, path: RegExp) {
    const from = new URL(this.page.url()).pathname;
    await action();
    await this.page.waitForURL((url) => path.test(url.pathname));
    assert.notEqual(new URL(this.page.url()).pathname, from, `${this.who} went to another page`);
    this.pageLoads++;
  }

  /** A reload of the same page (counted as a page load). */
  async reload() {
    await this.page.reload();
    this.pageLoads++;
  }

  /** Axe-core on the current page state (and a screenshot when asked for). */
  async checkPage(what: string) {
    await expectAccessible(this.page, `${what} (${this.who})`);
    if (screenshots) {
      const name = `${String(++shot).padStart(2, '0')}-${this.who}-${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await this.page.screenshot({ path: join(screenshots, name), fullPage: true });
    }
  }
}

/** "inputs: N, page loads: M (per user…)", printed at the end of a scenario. */
export function journeySummary(journeys: Journey[]): string {
  const inputs = journeys.reduce((n, j) => n + j.inputs, 0);
  const pageLoads = journeys.reduce((n, j) => n + j.pageLoads, 0);
  return `inputs: ${inputs}, page loads: ${pageLoads} (${journeys.map((j) => `${j.who}: ${j.inputs} inputs, ${j.pageLoads} page loads`).join('; ')}; signing in not counted)`;
}

/**
 * For one describe block: the demo in Chromium (started before its tests, closed after) and
 * journeys of signed-in demo users, whose inputs and page loads are printed at the end.
 */
export function demoJourneys() {
  let demo: DemoBrowser | undefined;
  const journeys: Journey[] = [];
  const contexts: BrowserContext[] = [];
  before(async () => {
    demo = await startDemoInBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await demo?.close();
    if (journeys.length > 0) console.log(journeySummary(journeys));
  });
  return {
    get demo(): DemoBrowser {
      assert.ok(demo, 'the demo has started');
      return demo;
    },
    journeys,
    /** A new browser context signed in as an enrolled demo user, followed as a journey. */
    async signIn(username: string, displayName: string): Promise<Journey> {
      const { context, page } = await this.demo.signIn(username, displayName);
      contexts.push(context);
      const journey = new Journey(username, page);
      journeys.push(journey);
      return journey;
    },
  };
}
