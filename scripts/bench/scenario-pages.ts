// Pages for the live-page scenarios (bench and browser tests): invented towns, people and figures, generated.
/** A page of the Marrowby Gazette: its header, `body` as the main content, an optional inline script. */
export const articlePage = (title: string, body: string, script = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Marrowby Gazette</title></head>
<body>
<header class="site-header"><a href="/">Marrowby Gazette</a><nav><ul><li><a href="/news/">News</a></li></ul></nav></header>
<main id="app">${body}</main>
<footer><p>Marrowby Gazette</p></footer>
${script ? `<script>${script}</script>` : ''}
</body></html>`;

export const TOLL_STORY = `<article><h1>Bridge toll to rise in March</h1>
<h2>The Facts:</h2>
<p>The bridge trust said on Monday that the toll would rise to £3 in March. The trust said 41,000 cars crossed each week. The Marrowby Drivers' Club said 36,000 cars crossed each week.</p>
<h2>Opinion:</h2>
<p>The rise is steep and badly timed. The trust should phase it in over a year.</p></article>`;

const MARKET_STORY = `<article><h1>Market hall to close for repairs</h1>
<h2>Analysis</h2>
<p>The traders' association said 58 stalls would move to the car park, while the council said 44 stalls would move. The difference decides how much the council pays in relief.</p></article>`;

/** The ways a router renders after it changed the URL, as goNext(mode) takes them. */
export const RENDER_ORDERS = ['sync', 'microtask', 'frame', 'timeout', 'later'] as const;
export const SPA_NEXT_PATH = '/next/market-hall';

/** A router that changes the URL with pushState first and renders the next story after, in the order goNext(mode) names. */
export const SPA_PAGE = articlePage(
  'Bridge toll to rise in March',
  TOLL_STORY,
  `var next = ${JSON.stringify(MARKET_STORY)};
  function render() { document.getElementById('app').innerHTML = next; }
  var schedule = {
    sync: function (f) { f(); },
    microtask: function (f) { queueMicrotask(f); },
    frame: function (f) { requestAnimationFrame(f); },
    timeout: function (f) { setTimeout(f, 0); },
    later: function (f) { setTimeout(f, 700); },
  };
  window.goNext = function (mode) { history.pushState({}, '', '${SPA_NEXT_PATH}'); schedule[mode](render); };`,
);

/** A live blog: feed(count, every) prepends one entry opening with a run-in "Analysis:" label every `every` ms. */
export const LIVE_BLOG = articlePage(
  'Live: count night in Marrowby',
  `<article><h1>Live: count night in Marrowby</h1><div id="entries"></div></article>`,
  `window.feed = function (count, every) {
    return new Promise(function (done) {
      var n = 0;
      var timer = setInterval(function () {
        n += 1;
        var entry = document.createElement('div');
        entry.className = 'entry';
        entry.innerHTML = '<p><strong>Analysis:</strong> With ' + n + ' wards declared, the Harbour party said it led in ' + (20 + n) +
          ' seats, while the Moor party said the lead was ' + (n % 5 + 2) + ' seats smaller than that.</p>';
        document.getElementById('entries').prepend(entry);
        if (n >= count) { clearInterval(timer); done(); }
      }, every);
    });
  };`,
);

/** The toll story, then a sidebar of `elements` elements (a huge comment grid): detection walks them all. */
export function largePage(elements: number): string {
  const perRow = 8;
  const row = '<div class="cell"><span>a</span><span>b</span><span>c</span><span>d</span><span>e</span><span>f</span><span>g</span></div>';
  return articlePage('Bridge toll to rise in March', `${TOLL_STORY}<aside class="grid">${row.repeat(Math.ceil(elements / perRow))}</aside>`);
}

/** An article of `count` labelled sections, Facts and Opinion in turn, each one paragraph with a source and a figure. */
export function manySectionsPage(count: number): string {
  const sections = Array.from({ length: count }, (_, index) =>
    index % 2 === 0
      ? `<h2>The Facts:</h2><p>The ward ${index} council said ${100 + index} homes were flooded on Monday.</p>`
      : `<h2>Opinion:</h2><p>The council was too slow in ward ${index}. It should have opened the sluices sooner.</p>`,
  ).join('\n');
  return articlePage('Flood inquiry, ward by ward', `<article><h1>Flood inquiry, ward by ward</h1>${sections}</article>`);
}

/** Paragraphs of a news report with no labelled section: sources, quotations, figures, a little opinion wording. */
const UNLABELLED_PARAGRAPHS = [
  'The Marrowby water board said on Tuesday that 1,240 homes in the east ward had lost supply overnight after a main burst under Quarry Lane.',
  '“We had crews on site within the hour, and most homes will have water again by Thursday,” said Ines Varga, the board’s operations director.',
  'Residents disputed that account. The East Ward Residents’ Association said 2,100 homes were without water, and that some had waited two days for bottled supplies.',
  'The board’s own figures, published on its website, put the number of affected homes at 1,240, a figure it said came from meter readings.',
  'Councillor Tomas Hale, who chairs the council’s infrastructure committee, told reporters the main was more than 90 years old and had been due for replacement since 2019.',
  'He added that the council had asked the board twice for a repair schedule and had received none.',
  'According to the regional regulator, the board replaced 14 kilometres of main last year, against a target of 30 kilometres.',
  'A spokeswoman for the regulator said it would review the board’s plans, but declined to say whether a fine was likely.',
  'Shopkeepers on Quarry Lane said trade had fallen by half since the road was closed on Monday morning.',
  'It is hard to see how a board that misses its own targets year after year can be trusted with a network this old.',
];

/** A long news report with no labelled section: the reader opens its summary from the popup. */
export function unlabelledArticlePage(repeat: number): string {
  const paragraphs = Array.from({ length: repeat }, (_, round) => UNLABELLED_PARAGRAPHS.map((text) => `<p>${round ? text.replace(/Tuesday/, `day ${round + 2}`) : text}</p>`).join('\n')).join('\n');
  return articlePage('Burst main leaves east ward without water', `<article><h1>Burst main leaves east ward without water</h1>${paragraphs}</article>`);
}
