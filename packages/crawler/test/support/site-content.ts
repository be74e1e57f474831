// The pages of the local test site. Texts are long enough for Readability and mention taxonomy cue words.

export const ROBOTS_TXT = `# Everyone else is shut out; InsessionBot has its own group.
User-agent: *
Disallow: /

User-agent: InsessionBot
Disallow: /private/
Allow: /private/open-
Disallow: /*.php$
Crawl-delay: 0.1
`;

const doc = (o: { title: string; lang?: string; body: string; head?: string }): string =>
  `<!doctype html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>${o.title}</title>${o.head ?? ''}</head>` +
  `<body><nav><a href="/">Home</a></nav><main><article><h1>${o.title}</h1>${o.body}</article></main>` +
  `<footer>Example practice library</footer></body></html>`;

const BREATHING = `
<p>Box breathing is a simple exercise for moments of panic and anxiety. When your heart racing makes you feel
you are losing control, breathe in for four counts, hold for four, breathe out for four and hold for four.</p>
<p>Practise it twice a day when you are calm, so it is familiar when worry and panic arrive. Many people
notice that their anxious thoughts slow down after a few rounds of slow breathing.</p>
<ul><li>Sit upright with your feet on the floor.</li><li>Breathe through your nose.</li><li>Repeat four rounds.</li></ul>`;

const SLEEP = `
<p>Good sleep starts with a regular rhythm. Go to bed and get up at the same time every day, even after a night
of insomnia. Keep the bedroom dark, cool and quiet, and use the bed only for sleep.</p>
<p>If you are awake at night for more than twenty minutes, get up and do something calm until you feel tired
again. Avoid coffee after noon and screens in the last hour before sleep.</p>`;

/** Path → HTML for every ordinary page of the site. */
export const pages: Record<string, string> = {
  '/': doc({
    title: 'Self-help library',
    body: `<p>Pages our practice recommends between sessions. Each one is short and practical, written for
clients who want something to try at home this week.</p><ul>
<li><a href="/breathing">Box breathing</a></li>
<li><a href="/breathing?utm_source=newsletter">Box breathing (newsletter link)</a></li>
<li><a href="/print/breathing">Box breathing, printable</a></li>
<li><a href="/copy/breathing">Box breathing, mirrored copy</a></li>
<li><a href="/sleep">Sleep hygiene</a></li>
<li><a href="/dormir">Higiene del sueño</a></li>
<li><a href="/js-page">Grounding (interactive)</a></li>
<li><a href="/private/secret">Staff notes</a></li>
<li><a href="/private/open-letter">Open letter</a></li>
<li><a href="/old/page.php">Old page</a></li>
<li><a href="/busy">Crisis lines</a></li>
<li><a href="/loop-a">Moved page</a></li>
<li><a href="/huge">Huge archive</a></li>
<li><a href="/members">Members area</a></li>
<li><a href="http://localhost:PORT/elsewhere">Partner site</a></li>
</ul>`,
  }),
  '/breathing': doc({ title: 'Box breathing for panic', body: BREATHING }),
  '/copy/breathing': doc({ title: 'Box breathing for panic', body: BREATHING }),
  '/print/breathing': doc({
    title: 'Box breathing for panic',
    head: '<link rel="canonical" href="/breathing">',
    body: BREATHING,
  }),
  '/sleep': doc({ title: 'Sleep hygiene basics', body: SLEEP }),
  '/dormir': doc({
    title: 'Higiene del sueño',
    lang: 'es-ES',
    body: `<p>Acuéstate y levántate a la misma hora todos los días, también después de una mala noche. Mantén el
dormitorio oscuro, fresco y silencioso. Si no puedes dormir durante más de veinte minutos, levántate y haz algo
tranquilo hasta que vuelvas a tener sueño. Evita el café por la tarde y las pantallas antes de acostarte.</p>`,
  }),
  '/private/secret': doc({ title: 'Staff only', body: '<p>Never crawl this.</p>' }),
  '/private/open-letter': doc({
    title: 'An open letter to new clients',
    body: `<p>Starting therapy can feel strange. You do not need to have the right words, and you can go at your
own pace. Bring questions, bring doubts, and tell us what works for you and what does not. Between sessions,
small steps count: a short walk, a regular bedtime, a message to a friend.</p>`,
  }),
  '/members': doc({
    title: 'Members area',
    head: '<meta name="robots" content="noindex, nofollow">',
    body: `<p>${'This page asks robots not to keep a copy and not to follow its links. '.repeat(4)}</p>
<a href="/members/only">Members only</a>`,
  }),
  '/old/page.php': doc({ title: 'Old page', body: '<p>Wildcard-disallowed.</p>' }),
  '/busy': doc({
    title: 'Crisis lines',
    body: `<p>If you are thinking about suicide or about ending your life, call your local crisis line now. You
can also go to the nearest emergency department. Crisis lines are free, confidential and open day and night,
and the people who answer are trained to listen without judging.</p>`,
  }),
  '/js-page': `<!doctype html><html lang="en"><head><title>Grounding: 5-4-3-2-1</title></head><body>
<div id="root"></div><noscript>Please enable JavaScript to view this exercise.</noscript>
<script src="/static/app.js"></script><script src="/private/tracker.js"></script></body></html>`,
};

pages['/js-page-2'] = (pages['/js-page'] as string).replace(
  '<title>Grounding: 5-4-3-2-1</title>',
  '<title>Grounding, again</title>',
);

/** The script that builds /js-page's text from a JSON file. */
export const APP_JS = `
fetch('/api/grounding.json').then(r => r.json()).then(d => {
  const root = document.getElementById('root');
  const art = document.createElement('article');
  art.innerHTML = '<h1>' + d.title + '</h1>' + d.paragraphs.map(p => '<p>' + p + '</p>').join('');
  root.appendChild(art);
});`;

export const GROUNDING_JSON = {
  title: 'Grounding: 5-4-3-2-1',
  paragraphs: [
    'When anxiety or a flashback pulls you away, the 5-4-3-2-1 exercise brings you back to the present moment.',
    'Name five things you can see, four things you can touch, three things you can hear, two things you can smell and one thing you can taste.',
    'Say them out loud when you feel anxious. Notice your feet on the floor and your breathing slowing down while you do it.',
  ],
};
