// Pages that change themselves, for the live-page browser tests: invented towns, people and figures.
import { LIVE_BLOG, SPA_PAGE, TOLL_STORY, articlePage as article } from '../../scripts/bench/scenario-pages';

export { LIVE_BLOG, SPA_PAGE, TOLL_STORY };

/** Replaces the whole <body> element one way or the other: replaceBody() or writeDocument(). */
export const REPLACED_PAGE = article(
  'Loading: market hall',
  `<article><h1>Market hall: the full story</h1><h2>Analysis</h2><p>The council's questions suggest the repair bill, not the stall count, will decide the case. The full story is loading.</p></article>`,
  `var FULL = ${JSON.stringify(TOLL_STORY)};
  window.replaceBody = function () { var body = document.createElement('body'); body.innerHTML = '<main>' + FULL + '</main>'; document.body.replaceWith(body); };
  window.writeDocument = function () {
    document.open();
    document.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge toll</title></head><body><main>' + FULL + '</main></body></html>');
    document.close();
  };`,
);

/** The article renders into an open shadow root; addSection() adds another labelled section there later. */
export const SHADOW_PAGE = article(
  'Ferry timetable cut',
  `<marrowby-story></marrowby-story>`,
  `var host = document.querySelector('marrowby-story');
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<article><h1>Ferry timetable cut</h1><h2>The Facts:</h2><p>The ferry company said on Friday that 6 sailings a day would run from May. ' +
    'The island council said 4 sailings a day would run once the winter timetable began.</p></article>';
  window.addSection = function () {
    var heading = document.createElement('h2'); heading.textContent = 'Opinion:';
    var text = document.createElement('p'); text.textContent = 'Cutting sailings will empty the island in winter. The company should think again.';
    root.querySelector('article').append(heading, text);
  };`,
);

/** A same-origin frame (srcdoc) holding a labelled article, inside a page with none. */
export const FRAMED_PAGE = article(
  'Embedded story',
  `<p>The story below is embedded from our archive.</p>
<iframe id="story" style="width: 100%; height: 600px" srcdoc="${TOLL_STORY.replace(/"/g, '&quot;')}"></iframe>`,
);

/** Run-in label, then a link mid-sentence in the same paragraph. */
export const RUN_IN_PAGE = article(
  'Why the buses run late',
  `<article><h1>Why the buses run late</h1>
<p><strong>Analysis:</strong> The bus company has missed its target for six months. Its director, Ines Varga, said in <a href="/statement">a statement to the council</a> that 84 percent of buses ran on time in June. The riders' group said 69 percent ran on time.</p></article>`,
);

/** Headings drawn as fixed-size tabs that clip their overflow. */
export const CLIPPED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pool fees rise</title>
<style>h2.tab { display: inline-block; width: 6.5em; height: 1.6em; overflow: hidden; white-space: nowrap; font: 700 13px/1.6em sans-serif; background: #223; color: #fff; padding: 0 .5em; }</style>
</head><body><main><article><h1>Pool fees rise</h1>
<h2 class="tab">The Facts</h2>
<p>The leisure trust said swim fees would rise by 40p in April. The swimmers' club said the rise would be 90p once parking was counted.</p>
<h2 class="tab">Opinion</h2>
<p>Swimming should stay cheap. The trust should find the money elsewhere.</p>
</article></main></body></html>`;

/** An ordinary article with no labelled sections. */
export const UNLABELLED_PAGE = article(
  'Library hours extended',
  `<article><h1>Library hours extended</h1>
<p>The town library will open until 8pm on weekdays from June, the council said on Tuesday. The council said 1,200 people had asked for later hours.</p>
<p>The librarians' union said 300 extra hours of staff time would be needed each month.</p></article>`,
);

