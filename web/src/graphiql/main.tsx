// The GraphQL explorer for researchers at /graphiql: GraphiQL from npm, bundled here (no CDN),
// sending the signed-in user's token.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { tokenStore } from '../auth/token-store';

const EXAMPLE = `# Praksisbanken: try a query. Your token from the web client is sent with it.
query Adoptions {
  adoptionTimeline(theme: WORK_INCLUSION, interval: YEAR) {
    period
    piloting
    inUse
  }
}
`;

const token = tokenStore.get();
// The token goes with every request; headers typed in the editor are added on top.
const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: token ? { Authorization: `Bearer ${token}` } : undefined });

/** What Esc closes inside the editor before it leaves it: suggestions, hints, search, a hover, extra cursors. */
const EDITOR_WIDGETS = '.suggest-widget.visible, .parameter-hints-widget.visible, .find-widget.visible, .monaco-hover:not(.hidden)';
const shown = (frame: HTMLElement, selector: string) => Array.from(frame.querySelectorAll<HTMLElement>(selector)).filter((element) => element.checkVisibility()).length;

/**
 * The editors keep Tab for indenting. Esc moves focus from the text to the editor's frame, from where
 * Tab goes on to the next control and Enter goes back in; the page says so above the explorer. The
 * editor itself claims every Esc, so this listens first (capture) and leaves Esc to the editor only
 * while something of its own is open for Esc to close.
 */
function leaveEditorOnEscape(event: KeyboardEvent) {
  if (event.key !== 'Escape' || !(event.target instanceof HTMLTextAreaElement)) return;
  const frame = event.target.closest<HTMLElement>('.graphiql-editor');
  if (!frame || shown(frame, EDITOR_WIDGETS) > 0 || shown(frame, '.cursors-layer .cursor') > 1) return;
  event.preventDefault();
  event.stopPropagation();
  frame.focus();
}
document.addEventListener('keydown', leaveEditorOnEscape, { capture: true });

/**
 * Two places where GraphiQL's markup says less than its looks, put right after each render:
 * - it puts role="tab" on the <li> around each tab's button, so a control sits inside a control
 *   (axe: nested-interactive); the tab's role and state belong on its button;
 * - the settings dialog's button groups (theme, saved headers) show the chosen button only by its
 *   look (the "active" class, graphql/graphiql#2891); aria-pressed says it to screen readers too.
 * The dialog opens at the end of the body, so the whole body is watched.
 */
function completeGraphiQLMarkup() {
  for (const item of document.querySelectorAll<HTMLElement>('li.graphiql-tab[role="tab"], li.graphiql-tab[aria-selected]')) {
    const button = item.querySelector<HTMLElement>('.graphiql-tab-button');
    if (!button) continue;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', item.getAttribute('aria-selected') ?? button.getAttribute('aria-selected') ?? 'false');
    item.setAttribute('role', 'presentation');
    item.removeAttribute('aria-selected');
  }
  for (const button of document.querySelectorAll<HTMLElement>('.graphiql-dialog .graphiql-button-group > button')) {
    const pressed = String(button.classList.contains('active'));
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
}
new MutationObserver(completeGraphiQLMarkup).observe(document.body, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['role', 'aria-selected', 'class'],
});

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={EXAMPLE}
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
