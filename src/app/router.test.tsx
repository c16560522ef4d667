import { render, screen as view } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { screen } from './router';

describe('a screen whose code failed to load', () => {
  it('loads it again on "Try again" (React caches a failed lazy import)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const Screen = screen(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve({ Component: () => <h1>Loaded</h1> });
    });
    render(
      <MemoryRouter>
        <Screen />
      </MemoryRouter>,
    );
    const retry = await view.findByRole('button', { name: 'Try again' });
    await userEvent.setup().click(retry);
    expect(await view.findByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
