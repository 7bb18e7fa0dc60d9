/** The practice description's Markdown renderer, a chunk of its own: the route starts it beside the page. */
export const loadPracticeDescription = () => import('./PracticeDescription').then((module) => ({ default: module.PracticeDescription }));
