import { BodyLong, Heading, Link, List } from '@navikt/ds-react';
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

// The page has its own h1, so the description's headings start at h2: "#" and "##" become h2,
// "###" h3 and anything deeper h4, which keeps the heading order of the page intact.
const components: Components = {
  h1: ({ children }) => <Heading level="2" size="medium" spacing>{children}</Heading>,
  h2: ({ children }) => <Heading level="2" size="medium" spacing>{children}</Heading>,
  h3: ({ children }) => <Heading level="3" size="small" spacing>{children}</Heading>,
  h4: ({ children }) => <Heading level="4" size="xsmall" spacing>{children}</Heading>,
  h5: ({ children }) => <Heading level="4" size="xsmall" spacing>{children}</Heading>,
  h6: ({ children }) => <Heading level="4" size="xsmall" spacing>{children}</Heading>,
  p: ({ children }) => <BodyLong spacing>{children}</BodyLong>,
  a: ({ href, children }) => <Link href={href}>{children}</Link>,
  ul: ({ children }) => <List as="ul">{children}</List>,
  ol: ({ children }) => <List as="ol">{children}</List>,
  li: ({ children }) => <List.Item>{children}</List.Item>,
};

/** The practice's Markdown description: no raw HTML, and whatever remains passes the sanitiser. */
export function PracticeDescription({ markdown }: { markdown: string }) {
  return (
    <div>
      <Markdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
