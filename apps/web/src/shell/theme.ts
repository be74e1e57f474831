import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'insession.theme';

function apply(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** Reads the stored theme at start-up so the first paint is already in the right colours. */
export function applyStoredTheme(): void {
  apply((localStorage.getItem(KEY) as ThemeChoice | null) ?? 'system');
}

/** The user's theme choice, persisted in localStorage; "system" follows prefers-color-scheme. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>(() => (localStorage.getItem(KEY) as ThemeChoice | null) ?? 'system');
  useEffect(() => {
    apply(theme);
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return [theme, setTheme];
}
