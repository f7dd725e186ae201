// Labels standing above an article's title: kickers naming the site section, never section headings.
import type { SectionHeading } from './headings';
import { isInExcludedRegion } from './page-structure';

/**
 * A label standing above the article's title is a kicker naming the site section, not a section heading. `h1At`
 * gives, for each <h1> the walk passed, how many of `headings` (in document order) were found before it: those stand
 * above it, and the later ones below it unless their block holds the title. Only a heading in another tree (an open
 * shadow root the walk entered) or a title the walk did not pass (the page added it meanwhile) is placed by
 * compareDocumentPosition, which happy-dom computes by walking the whole common ancestor: a call per heading made a
 * large saved page's detection quadratic.
 */
export function dropLabelsAboveTitle(headings: SectionHeading[], scope: Node, h1At: ReadonlyMap<Element, number>): SectionHeading[] {
  const title = [...(scope as Element).querySelectorAll('h1')].find((h1) => !isInExcludedRegion(h1));
  if (!title) return headings;
  const at = h1At.get(title);
  const titleRoot = title.getRootNode();
  const below = (heading: SectionHeading, index: number) =>
    at === undefined || heading.block.getRootNode() !== titleRoot
      ? !(heading.block.compareDocumentPosition(title) & 4 /* FOLLOWING */)
      : index >= at && !heading.block.contains(title);
  return headings.filter((heading, index) => heading.block === title || below(heading, index));
}
