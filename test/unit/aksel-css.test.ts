// The web client loads the stylesheets of the Aksel components it uses, not all of components.css
// (web/src/main.tsx). This test keeps that list complete: a component used anywhere without its
// stylesheet would show unstyled.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '../../web/src');

/** Which of @navikt/ds-css/dist/component/*.css each component needs, its inner parts included. */
const STYLESHEETS: Record<string, string[]> = {
  Provider: ['theme'],
  Page: ['primitives'],
  VStack: ['primitives'],
  HStack: ['primitives'],
  HGrid: ['primitives'],
  Box: ['primitives'],
  Spacer: ['primitives'],
  Heading: ['typography'],
  BodyShort: ['typography'],
  BodyLong: ['typography'],
  Detail: ['typography'],
  Label: ['typography'],
  Link: ['link'],
  Alert: ['alert'],
  Button: ['button', 'loader'],
  Loader: ['loader'],
  Tag: ['tag'],
  List: ['list'],
  ReadMore: ['readmore'],
  Table: ['table'],
  Pagination: ['pagination', 'button'],
  ProgressBar: ['progressbar'],
  Modal: ['modal'],
  LinkCard: ['linkcard'],
  InternalHeader: ['internalheader', 'typography'],
  ActionMenu: ['actionmenu'],
  TextField: ['form'],
  Textarea: ['form'],
  Select: ['form'],
  Checkbox: ['form'],
  CheckboxGroup: ['form'],
  Radio: ['form'],
  RadioGroup: ['form'],
  Fieldset: ['form'],
  ErrorMessage: ['form'],
  ErrorSummary: ['form', 'link'],
  Search: ['form', 'button'],
  DatePicker: ['date', 'popover', 'modal', 'button', 'form'],
  useDatepicker: ['date', 'popover', 'modal', 'button', 'form'],
};

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The names imported from @navikt/ds-react (not its locales) in one source file. */
function akselImports(source: string): string[] {
  return [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@navikt\/ds-react'/g)].flatMap(([, names]) =>
    names!
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/)[0]!),
  );
}

describe('Aksel stylesheets', () => {
  it('main.tsx loads the stylesheet of every Aksel component the web client imports', async () => {
    const main = await readFile(path.join(WEB, 'main.tsx'), 'utf8');
    const loaded = new Set([...main.matchAll(/import '@navikt\/ds-css\/dist\/component\/([a-z]+)\.css'/g)].map(([, name]) => name));
    expect(main).not.toContain('ds-css/dist/components.css');

    const missing: string[] = [];
    const used = new Set<string>();
    for (const file of await sourceFiles(WEB)) {
      for (const component of akselImports(await readFile(file, 'utf8'))) {
        used.add(component);
        const sheets = STYLESHEETS[component];
        if (!sheets) missing.push(`${component} (${path.relative(WEB, file)}): add it, with its stylesheets, to STYLESHEETS here and to main.tsx`);
        else for (const sheet of sheets) if (!loaded.has(sheet)) missing.push(`${sheet}.css for ${component} (${path.relative(WEB, file)})`);
      }
    }
    expect(missing).toEqual([]);
    // The scan found the imports (a changed import style would otherwise pass it unseen).
    expect(used).toContain('InternalHeader');
    expect(used).toContain('Search');
  });
});
