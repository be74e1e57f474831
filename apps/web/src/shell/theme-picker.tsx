import { useTheme, type ThemeChoice } from './theme.ts';

export function ThemePicker() {
  const [theme, setTheme] = useTheme();
  return (
    <div className="theme-picker">
      <label htmlFor="theme-select" className="visually-hidden">
        Colour theme
      </label>
      <select id="theme-select" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
