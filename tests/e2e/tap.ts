import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Taps a control as a thumb would: brought into view the way the browser does it (which honours
 * the page's scroll padding), checked to be the topmost element at its centre and its lower edge,
 * then tapped there.
 */
export async function tap(page: Page, control: Locator, what: string) {
  await control.waitFor();
  const point = await control.evaluate(async (el) => {
    // Where the control settles: after the scroll, and once nothing moves between two frames.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = '';
    for (let i = 0; i < 20; i++) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      await frame();
      const now = JSON.stringify(el.getBoundingClientRect());
      if (now === last) break;
      last = now;
    }
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const centre = document.elementFromPoint(x, box.top + box.height / 2);
    const lower = document.elementFromPoint(x, box.bottom - 3);
    const owns = (hit: Element | null) => hit !== null && (hit === el || el.contains(hit));
    const describe = (hit: Element | null) => (hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing');
    return { x, y: box.top + box.height / 2, centre: owns(centre) ? 'own' : describe(centre), lower: owns(lower) ? 'own' : describe(lower) };
  });
  expect(point.centre, `${what}: the topmost element at its centre`).toBe('own');
  expect(point.lower, `${what}: the topmost element at its lower edge`).toBe('own');
  await page.touchscreen.tap(point.x, point.y);
}
