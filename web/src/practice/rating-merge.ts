// Pages of a list shown one after another ("Vis flere").

/** Adds the next page; an item already shown (it moved up after an edit) is not shown twice. */
export function withPage<T extends { edges: { node: { id: string } }[] }>(ratings: T, page: T): T {
  const shown = new Set(ratings.edges.map(({ node }) => node.id));
  return { ...page, edges: [...ratings.edges, ...page.edges.filter(({ node }) => !shown.has(node.id))] };
}
