/**
 * What end-to-end scripts do to link two annotations in an open reader page (issue 17), in either
 * interface language: with the mouse, as a reader who opens one annotation's card, chooses
 * "Link to…" and clicks the other's highlight; or with the keyboard, L in a highlight, J to the
 * partner offered, Enter. Both wait until the reader announces the link.
 */
import type { Page } from 'playwright-core';
import { caretBefore } from './article-page.js';
import { clickHighlight, type RunFilter } from './highlight-page.js';

/** How the reader announces a link made, in English and German. */
const LINKED = /^(Linked|Verknüpft): /;

/** The reader's live region. */
const ANNOUNCER = 'cr-reader-view .visually-hidden[role="status"]';

/**
 * Waits until linking has been announced as started (so an earlier link's announcement is gone),
 * then, once the caller has chosen the partner, until the link is announced as made.
 */
async function announcedLink(page: Page, choose: () => Promise<void>): Promise<void> {
  await page.waitForFunction(
    ({ selector, linked }) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== '' && !new RegExp(linked).test(text);
    },
    { selector: ANNOUNCER, linked: LINKED.source },
  );
  await choose();
  await page.locator(ANNOUNCER).filter({ hasText: LINKED }).waitFor();
}

/**
 * Links the annotation under the highlight `from` picks to the one under the highlight `to` picks,
 * with the mouse: a click on `from` opens its card, "Link to…" (the card's `.link-start`), a click
 * on `to`. Closes the card afterwards with Esc, so the next click opens a card of its own.
 */
export async function linkWithMouse(page: Page, from: RunFilter, to: RunFilter): Promise<void> {
  await clickHighlight(page, from);
  await page.locator('cr-annotation-card .link-start').click();
  await announcedLink(page, () => clickHighlight(page, to));
  await page.keyboard.press('Escape');
  await page.locator('cr-annotation-card').waitFor({ state: 'hidden' });
}

/**
 * Links from the annotation at the start of `phrase` with the keyboard alone: the caret there, L,
 * then J `steps` times (to the candidate offered that many places after the nearest), Enter.
 */
export async function linkWithKeys(page: Page, phrase: string, steps = 0): Promise<void> {
  await caretBefore(page, phrase);
  await page.keyboard.press('l');
  await announcedLink(page, async () => {
    for (let step = 0; step < steps; step++) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
  });
}
