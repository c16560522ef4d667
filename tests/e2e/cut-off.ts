import type { Page } from 'playwright-core';

/**
 * What a person would see cut off on the screen as it is now, described one per line:
 * - text or a control that runs past the edge of the screen, or out of its card, or is clipped
 *   by a rounded box that hides what overflows it;
 * - a placeholder wider than its empty box (it shows only its first words);
 * - a word broken off alone onto its own line in a label that has room for it (a column of one
 *   word a line, as a squeezed message reads).
 * Things inside a box that scrolls sideways on purpose (a wide table, a row of chips) are
 * reached by scrolling and are not counted.
 */
export function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth;
    };
    const inScroller = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(up)) return true;
      return false;
    };
    const shown = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden, [aria-hidden="true"] svg');
    };
    const hasText = (el: Element) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const candidates = [...document.querySelectorAll('body *')].filter(
      (el) => (hasText(el) || el.matches('button, a, input, select, textarea, label')) && shown(el) && !inScroller(el),
    );
    for (const el of candidates) {
      const rect = el.getBoundingClientRect();
      if (rect.left < -1 || rect.right > width + 1) {
        problems.push(`${name(el)} runs past the screen's edge (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px)`);
        continue;
      }
      const card = el.parentElement?.closest('.card, .notice');
      if (card) {
        const box = card.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.left < box.left - 1) {
          problems.push(`${name(el)} sticks out of its box ${name(card).split(' ')[0]} (${Math.round(rect.right)} > ${Math.round(box.right)} px)`);
          continue;
        }
      }
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
        const box = up.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.left < box.left - 1) problems.push(`${name(el)} is clipped by ${name(up).split(' ')[0]}`);
        break;
      }
    }
    // Placeholders: measured in the input's own font against the room inside its padding.
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!shown(input) || input.value !== '') continue;
      const style = getComputedStyle(input, '::placeholder');
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(getComputedStyle(input).paddingLeft) - parseFloat(getComputedStyle(input).paddingRight);
      const needs = canvas.measureText(input.placeholder).width;
      if (needs > room + 1) problems.push(`the placeholder “${input.placeholder}” needs ${Math.round(needs)} px in a ${Math.round(room)} px box`);
    }
    // A message squeezed to a word a line: a paragraph or label far taller than it is wide.
    for (const el of candidates) {
      if (!el.matches('p, label, dt, dd, th, td, li, h1, h2, h3, h4, span') || !hasText(el)) continue;
      const rect = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
      const text = (el.textContent ?? '').trim();
      if (rect.width < 80 && rect.height > 4 * line && text.length > 12) problems.push(`${name(el)} is squeezed to ${Math.round(rect.width)} px wide, ${Math.round(rect.height / line)} lines`);
    }
    return problems;
  });
}
