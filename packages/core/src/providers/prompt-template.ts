import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A prompt template file `prompts/<name>.v<N>.md` with `## system` and `## prompt` sections. */
export interface PromptTemplate {
  /** `<name>@v<N>`, stored with every result. */
  version: string;
  /** Fills `{{name}}` placeholders in both sections; a missing variable is an error, not an empty string. */
  render(vars: Record<string, string>): { system: string; prompt: string };
}

const dir = fileURLToPath(new URL('../../prompts/', import.meta.url));
const cache = new Map<string, PromptTemplate>();

function parse(name: string, version: number, text: string): PromptTemplate {
  const match = /^## system\n([\s\S]*?)\n## prompt\n([\s\S]*)$/m.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`prompts/${name}.v${version}.md needs "## system" then "## prompt"`);
  const system = match[1].trim();
  const body = match[2].trim();
  const fill = (text: string, vars: Record<string, string>): string =>
    text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = vars[key];
      if (value === undefined) throw new Error(`prompt ${name}@v${version} needs {{${key}}}`);
      return value;
    });
  return {
    version: `${name}@v${version}`,
    render: (vars) => ({ system: fill(system, vars), prompt: fill(body, vars) }),
  };
}

/** Loads the newest version of a prompt template (or the pinned one). */
export function loadPrompt(name: string, pinned?: number): PromptTemplate {
  const key = `${name}@${pinned ?? 'latest'}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const versions = readdirSync(dir)
    .map((f) => new RegExp(`^${name}\\.v(\\d+)\\.md$`).exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  const version = pinned ?? Math.max(...versions);
  if (!versions.includes(version)) throw new Error(`no prompt template prompts/${name}.v${pinned ?? 'N'}.md`);
  const template = parse(name, version, readFileSync(`${dir}${name}.v${version}.md`, 'utf8'));
  cache.set(key, template);
  return template;
}
