import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render';

afterEach(() => vi.restoreAllMocks());

describe('the scroll position', () => {
  it('stays where the learner left the page they loaded, and starts at the top of each screen they go to', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { user } = renderApp('/glossary');
    await screen.findByRole('heading', { level: 1, name: 'Glossary' });
    // The page the browser loaded may have been scrolled before its code arrived: left as it is.
    expect(scrollTo).not.toHaveBeenCalled();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Study' }));
    await screen.findByRole('heading', { level: 1, name: 'Study' });
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });
});
