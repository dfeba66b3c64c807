// Static full-text search for the archive. Reads the index files written by
// cqnews_site/site/search.py (see its docstring for the format) with relative fetches
// only, so the site works from any static server at any sub-path. Opening the page
// fetches only the small bootstrap; a query fetches the few index files its keys fall
// in and the text of the results shown; a filter fetches its files when it is used.
// No dependencies (DecompressionStream is built into current browsers).
(() => {
  "use strict";

  const app = document.getElementById("search-app");
  if (!app) return;

  const FILTERS = ["district", "person", "section", "year"];
  const TYPE_AHEAD = new Set(["district", "person"]); // typed, not picked from a long list
  const EXTRA = ["from", "to", "sort"]; // date range (YYYY-MM-DD) and order, in the URL too
  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;
  const SUGGESTIONS = 30; // type-ahead options shown at most
  const PAGE_SIZE = 20; // stories a page of results shows
  const SECTIONS = 3; // matching sections (items) shown under a story; the rest are counted
  const BEFORE = 30; // characters of context shown before the first hit
  const SNIPPET = 130; // characters in a snippet

  const indexBase = new URL(app.dataset.index || "search/", document.baseURI);
  const root = app.dataset.root || "";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const known = document.getElementById("search-known");
  const sortControl = document.getElementById("search-sort");
  const range = { from: document.getElementById("filter-from"), to: document.getElementById("filter-to") };
  const controls = Object.fromEntries(
    FILTERS.map((f) => [f, document.getElementById(`filter-${f}`)]),
  );

  let boot = null;
  let storyOf = null; // document number -> story (-1: no such document)
  let firstDoc = null; // each story's own document
  let documents = null; // every document number in use, ascending
  // The value and label of each type-ahead filter in force.
  const chosen = Object.fromEntries([...TYPE_AHEAD].map((f) => [f, { value: "", label: "" }]));

  const pending = new Map();
  function remember(path, load) {
    if (!pending.has(path)) {
      pending.set(path, load().catch((err) => {
        pending.delete(path); // let the next search try again
        throw err;
      }));
    }
    return pending.get(path);
  }

  // The bootstrap is always revalidated; the files it names carry its version, so a
  // browser never mixes files of two builds.
  function fetchBoot() {
    return remember("boot.json", async () => {
      const url = new URL("boot.json", indexBase);
      const r = await fetch(url, { cache: "no-cache" });
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
  }

  // Index files are named by their first key's UTF-8 bytes in hex; others by number.
  const hex = (key) => Array.from(utf8in.encode(key), (b) => b.toString(16).padStart(2, "0")).join("");
  const keyed = (firsts, number) => hex(firsts[number]);
  const numbered = (number) => String(number).padStart(4, "0");

  // One packed file, inflated (every .bin file is zlib-deflated; see search.py).
  function fetchPack(kind, name) {
    const path = `${kind}-${name}.bin`;
    return remember(path, async () => {
      const url = new URL(path, indexBase);
      url.searchParams.set("v", boot.version);
      const r = await fetch(url);
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      const raw = new Uint8Array(await r.arrayBuffer());
      // A server that adds Content-Encoding for .bin has inflated it already: without a
      // zlib header (deflate method, header checksum) the bytes are the content.
      const zlib = raw.length >= 2 && (raw[0] & 0x0f) === 8 && (raw[0] * 256 + raw[1]) % 31 === 0;
      if (!zlib) return raw;
      const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    });
  }

  const utf8 = new TextDecoder();
  const utf8in = new TextEncoder();
  // JSON rows, one a line; an empty line (a text file's unused number) is null.
  async function fetchLines(kind, name) {
    return utf8.decode(await fetchPack(kind, name)).split("\n").map((l) => (l ? JSON.parse(l) : null));
  }

  // Numbers of the packed files whose keys may fall in [low, high]: ``firsts`` holds the
  // first key of each file; JavaScript compares strings by UTF-16 units, as search.py sorts.
  function covering(firsts, low, high) {
    const upper = (key) => {
      let lo = 0;
      let hi = firsts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (firsts[mid] <= key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = Math.max(0, upper(low) - 1);
    const stop = Math.max(start, upper(high));
    const out = [];
    for (let i = start; i < stop; i++) out.push(i);
    return out;
  }

  // Fold each code point on its own (NFKC, lower case), exactly as search.py does.
  const fold = (ch) => ch.normalize("NFKC").toLowerCase();
  const normalize = (text) => Array.from(text, fold).join("");
  const terms = (query) => normalize(query).split(/\s+/u).filter(Boolean);

  function probeOffsets(length) {
    const offsets = [];
    for (let i = 0; i < length - 1; i += 2) offsets.push(i);
    if (offsets[offsets.length - 1] !== length - 2) offsets.push(length - 2);
    return offsets;
  }

  // Numbers are base-32 digits, low first; a digit from the upper half of DIGITS means
  // more follow (see encode_numbers in search.py).
  const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  const VALUE = new Map([...DIGITS].map((ch, i) => [ch, i]));

  function numbers(code) {
    const out = [];
    let n = 0;
    let shift = 0;
    for (const ch of code) {
      const v = VALUE.get(ch);
      n += (v & 31) * 2 ** shift;
      if (v >= 32) {
        shift += 5;
      } else {
        out.push(n);
        n = 0;
        shift = 0;
      }
    }
    return out;
  }

  function undelta(code) {
    const out = new Set();
    let v = 0;
    for (const d of numbers(code)) {
      v += d;
      out.add(v);
    }
    return out;
  }

  // LEB128 varints: seven bits a byte, high bit set when more follow.
  function varints(bytes, start, end) {
    const out = [];
    let n = 0;
    let scale = 1;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      n += (b & 127) * scale;
      if (b & 128) {
        scale *= 128;
      } else {
        out.push(n);
        n = 0;
        scale = 1;
      }
    }
    return out;
  }

  function readVarint(bytes, at) {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at.i++];
      n += (b & 127) * scale;
      if (!(b & 128)) return n;
      scale *= 128;
    }
  }

  // Document -> positions, from one key's postings (see Postings in search.py).
  function decode(bytes, start, end) {
    const flat = varints(bytes, start, end);
    const out = new Map();
    let i = 0;
    let doc = 0;
    while (i < flat.length) {
      doc += flat[i];
      const count = flat[i + 1];
      const positions = new Array(count);
      let pos = 0;
      for (let k = 0; k < count; k++) {
        pos += flat[i + 2 + k];
        positions[k] = pos;
      }
      out.set(doc, positions);
      i += 2 + count;
    }
    return out;
  }

  // Parsed index files: key -> [bytes, start, end] of its postings.
  const parsed = new Map();
  async function indexFile(number) {
    if (!parsed.has(number)) {
      const bytes = await fetchPack("index", keyed(boot.keys, number));
      const keys = new Map();
      const at = { i: 0 };
      while (at.i < bytes.length) {
        const size = readVarint(bytes, at);
        const key = utf8.decode(bytes.subarray(at.i, at.i + size));
        at.i += size;
        const length = readVarint(bytes, at);
        keys.set(key, [bytes, at.i, at.i + length]);
        at.i += length;
      }
      parsed.set(number, keys);
    }
    return parsed.get(number);
  }

  // Every key in [low, high] with where its postings are.
  async function keysIn(low, high) {
    const files = await Promise.all(covering(boot.keys, low, high).map(indexFile));
    const out = [];
    for (const keys of files) {
      for (const [key, where] of keys) if (key >= low && key <= high) out.push(where);
    }
    return out;
  }

  function readBoot(data) {
    boot = data;
    // Each story's run of document numbers: the gap from the last run's end, its length.
    storyOf = new Int32Array(boot.numbers).fill(-1);
    documents = new Int32Array(boot.docs);
    const runs = numbers(boot.stories);
    firstDoc = new Int32Array(runs.length / 2);
    let end = 0;
    let n = 0;
    for (let story = 0; story < firstDoc.length; story++) {
      firstDoc[story] = end + runs[2 * story];
      end = firstDoc[story] + runs[2 * story + 1];
      for (let d = firstDoc[story]; d < end; d++) {
        storyOf[d] = story;
        documents[n++] = d;
      }
    }
    for (const f of FILTERS) {
      if (TYPE_AHEAD.has(f)) continue;
      for (const [value, label] of boot.facets[f].options) {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = label;
        controls[f].append(option);
      }
    }
  }

  // One load shared by every search that starts before it is done (else options repeat).
  let bootLoad = null;
  function loadBoot() {
    bootLoad = bootLoad || fetchBoot().then(readBoot).catch((err) => {
      bootLoad = null;
      throw err;
    });
    return bootLoad;
  }

  // [value, label, doc-id deltas] of one filter value, or null when there is none.
  async function facetRow(f, value) {
    const numbers = covering(boot.facets[f].docs, value, value);
    const files = await Promise.all(numbers.map((n) => fetchLines(`${f}-docs`, numbered(n))));
    for (const rows of files) for (const row of rows) if (row[0] === value) return row;
    return null;
  }

  // [label, value] of a type-ahead filter's labels that start with ``typed``, in order.
  async function suggestions(f, typed) {
    const numbers = covering(boot.facets[f].names, typed, `${typed}\uffff`);
    const files = await Promise.all(numbers.map((n) => fetchLines(`${f}-names`, numbered(n))));
    const rows = files.flat().filter((r) => r[0].startsWith(typed));
    rows.sort((a, b) => a[2] - b[2]);
    return rows.map((r) => [r[0], r[1]]);
  }

  // Document -> { count, head }: occurrences of one normalized term, and whether one is
  // in the headline (positions below boot.body_start; see Postings in search.py).
  const inHead = (p) => p < boot.body_start;
  async function matchTerm(term) {
    const cps = Array.from(term);
    if (cps.length === 1) {
      const found = new Map();
      for (const [bytes, start, end] of await keysIn(term, `${term}\uffff`)) {
        for (const [doc, positions] of decode(bytes, start, end)) {
          const f = found.get(doc) || { count: 0, head: false };
          f.count += positions.length;
          f.head = f.head || positions.some(inHead);
          found.set(doc, f);
        }
      }
      return found;
    }
    const offsets = probeOffsets(cps.length);
    const lists = await Promise.all(offsets.map((o) => {
      const bigram = cps[o] + cps[o + 1];
      return keysIn(bigram, bigram);
    }));
    let starts = null;
    for (let k = 0; k < offsets.length; k++) {
      const o = offsets[k];
      if (!lists[k].length) return new Map();
      const postings = decode(...lists[k][0]);
      if (starts === null) {
        starts = new Map();
        for (const [doc, positions] of postings) starts.set(doc, new Set(positions.map((p) => p - o)));
      } else {
        const next = new Map();
        for (const [doc, positions] of postings) {
          const before = starts.get(doc);
          if (!before) continue;
          const kept = new Set();
          for (const p of positions) if (before.has(p - o)) kept.add(p - o);
          if (kept.size) next.set(doc, kept);
        }
        starts = next;
      }
      if (!starts.size) return new Map();
    }
    const out = new Map();
    for (const [doc, s] of starts) out.set(doc, { count: s.size, head: [...s].some(inHead) });
    return out;
  }

  // Per type-ahead filter, the names rows ([label, value, rank, link, name]) whose name
  // is the whole query: its page is linked above the results, its stories rank higher.
  async function knownNames(query) {
    const typed = terms(query).join(" ");
    const out = {};
    if (!typed) return out;
    for (const f of TYPE_AHEAD) {
      const numbers = covering(boot.facets[f].names, typed, `${typed}\uffff`);
      const files = await Promise.all(numbers.map((n) => fetchLines(`${f}-names`, numbered(n))));
      const rows = files.flat().filter((r) => normalize(r[4]) === typed || normalize(r[0]) === typed);
      rows.sort((a, b) => a[2] - b[2]);
      if (rows.length) out[f] = rows;
    }
    return out;
  }

  // Dates as YYYYMMDD (0 when unknown): [each story's, each document's] (see _write_dates).
  async function dates() {
    const bytes = await fetchPack("dates", numbered(0));
    const flat = varints(bytes, 0, bytes.length);
    let last = 0;
    const all = flat.map((z) => (last += z % 2 ? -(z + 1) / 2 : z / 2));
    // Documents' dates come in number order, for the numbers in use only.
    const docDays = new Int32Array(boot.numbers);
    documents.forEach((d, i) => { docDays[d] = all[firstDoc.length + i]; });
    return [all.slice(0, firstDoc.length), docDays];
  }

  // A result's relevance from its signals, by the ranking table of the bootstrap.
  function score(signals) {
    let total = 0;
    for (const [name, weight, cap] of boot.rank) total += weight * Math.min(signals[name] || 0, cap);
    return total;
  }

  const dayNumber = (iso) => (iso ? Number(iso.replaceAll("-", "")) : 0);
  // "2024-04-01" as readers write it, "2024年4月1日"; an open end as "…".
  const cnDay = (iso) => {
    if (!iso) return "…";
    const [y, m, d] = iso.split("-").map(Number);
    return `${y}年${m}月${d}日`;
  };

  // Matching documents of the query and filters, as stories: [{ story, hits, score, day }].
  async function search(state, names) {
    const qterms = terms(state.q);
    let allowed = null;
    for (const f of FILTERS) {
      if (!state[f]) continue;
      const row = await facetRow(f, state[f]);
      const docs = undelta(row ? row[2] : "");
      allowed = allowed === null ? docs : new Set([...allowed].filter((d) => docs.has(d)));
    }
    const from = dayNumber(state.from);
    const to = dayNumber(state.to);
    let found = new Map();
    if (qterms.length) {
      const perTerm = await Promise.all(qterms.map(matchTerm));
      found = perTerm[0];
      for (const more of perTerm.slice(1)) {
        const next = new Map();
        for (const [doc, f] of found) {
          const g = more.get(doc);
          if (g) next.set(doc, { count: f.count + g.count, head: f.head || g.head });
        }
        found = next;
      }
    } else if (allowed !== null || from || to) {
      // No words: every document the filters (or the date range alone) allow.
      const docs = allowed ?? documents;
      for (const doc of docs) found.set(doc, { count: 0, head: false });
    }
    const tagged = {};
    for (const [f, rows] of Object.entries(names)) {
      tagged[f] = new Set();
      for (const row of rows) {
        const docRow = await facetRow(f, row[1]);
        for (const d of undelta(docRow ? docRow[2] : "")) tagged[f].add(d);
      }
    }
    const [storyDays, docDays] = state.sort === "date" || from || to ? await dates() : [null, null];
    const groups = new Map();
    for (const [doc, f] of found) {
      if (allowed !== null && !allowed.has(doc)) continue;
      if ((from || to) && !(docDays[doc] && docDays[doc] >= from && (!to || docDays[doc] <= to))) continue;
      const signals = { headline: f.head ? 1 : 0, hits: f.count };
      for (const t of Object.keys(tagged)) signals[t] = tagged[t].has(doc) ? 1 : 0;
      const story = storyOf[doc];
      if (!groups.has(story)) groups.set(story, []);
      groups.get(story).push({ doc, score: score(signals) });
    }
    const results = [];
    for (const [story, hits] of groups) {
      hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
      results.push({ story, hits, score: hits[0].score, day: storyDays ? storyDays[story] : 0 });
    }
    if (state.sort === "date") {
      // Newest first; undated stories last.
      results.sort((a, b) => (a.day === 0) - (b.day === 0) || b.day - a.day
        || b.score - a.score || a.story - b.story);
    } else {
      results.sort((a, b) => b.score - a.score || b.hits.length - a.hits.length || a.story - b.story);
    }
    return results;
  }

  async function docRow(doc) {
    const rows = await fetchLines("text", numbered(Math.floor(doc / boot.per_text)));
    return rows[doc % boot.per_text];
  }

  // Ranges [start, end) of the original text where any term occurs, merged and sorted.
  function hitRanges(text, qterms) {
    if (!qterms.length) return [];
    let folded = "";
    const from = [];
    const to = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i);
      const len = cp > 0xffff ? 2 : 1;
      const f = fold(String.fromCodePoint(cp));
      for (let j = 0; j < f.length; j++) {
        from.push(i);
        to.push(i + len);
      }
      folded += f;
      i += len;
    }
    const ranges = [];
    for (const term of qterms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
        ranges.push([from[at], to[at + term.length - 1]]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }

  // Text nodes and <mark> elements for text[start, end); never parses data as HTML.
  function marked(text, ranges, start, end) {
    const frag = document.createDocumentFragment();
    let at = start;
    for (const [a, b] of ranges) {
      if (b <= start || a >= end) continue;
      const s = Math.max(a, start);
      const e = Math.min(b, end);
      if (s > at) frag.append(document.createTextNode(text.slice(at, s)));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      frag.append(mark);
      at = e;
    }
    if (at < end) frag.append(document.createTextNode(text.slice(at, end)));
    return frag;
  }

  function snippet(text, qterms) {
    const flat = text.replace(/\s+/gu, " ");
    const ranges = hitRanges(flat, qterms);
    let start = ranges.length ? Math.max(0, ranges[0][0] - BEFORE) : 0;
    const end = Math.min(flat.length, start + SNIPPET);
    start = Math.max(0, Math.min(start, end - SNIPPET));
    const p = document.createElement("p");
    p.className = "search-snippet";
    if (start > 0) p.append("…");
    p.append(marked(flat, ranges, start, end));
    if (end < flat.length) p.append("…");
    return p;
  }

  // A heading line: the kicker or rubric apart, the linked headline with its hits marked,
  // the date. [url, headline, date, text, snippet end, kicker] is one row of a text file.
  function heading(row, qterms, tag) {
    const [url, headline, date, , , kicker] = row;
    const line = document.createElement(tag);
    line.className = "search-heading";
    if (kicker) {
      const k = document.createElement("span");
      k.className = "search-kicker";
      k.append(marked(kicker, hitRanges(kicker, qterms), 0, kicker.length));
      line.append(k, " ");
    }
    const a = document.createElement("a");
    a.setAttribute("href", root + url);
    a.append(marked(headline, hitRanges(headline, qterms), 0, headline.length));
    if (!headline) a.textContent = "（无标题）";
    line.append(a);
    if (date) {
      const time = document.createElement("span");
      time.className = "search-date";
      time.textContent = date;
      line.append(time);
    }
    return line;
  }

  // The body of a row, for its snippet: the text ends with the titles, which the
  // heading already shows.
  function bodyOf(row) {
    const [, , , full, end] = row;
    const body = end >= 0 ? full.slice(0, end) : full;
    return body.trim() ? body : full;
  }

  // One story: its heading, a snippet when its own text matches, and its matching
  // sections (items) as sub-results, the first few shown and the rest counted.
  async function renderResult(result, qterms) {
    const own = result.hits.find((h) => h.doc === firstDoc[result.story]);
    const sections = result.hits.filter((h) => h !== own);
    const shown = sections.slice(0, SECTIONS);
    const rows = await Promise.all([firstDoc[result.story], ...shown.map((h) => h.doc)].map(docRow));
    const li = document.createElement("li");
    li.className = "search-result";
    li.append(heading(rows[0], qterms, "p"));
    if (own) li.append(snippet(bodyOf(rows[0]), qterms));
    if (shown.length) {
      const ul = document.createElement("ul");
      ul.className = "search-sections";
      for (const row of rows.slice(1)) {
        const sub = document.createElement("li");
        sub.append(heading(row, qterms, "p"), snippet(bodyOf(row), qterms));
        ul.append(sub);
      }
      li.append(ul);
    }
    if (sections.length > shown.length) {
      const rest = document.createElement("p");
      rest.className = "search-rest";
      rest.textContent = `另有 ${sections.length - shown.length} 个小节匹配，见全文。`;
      li.append(rest);
    }
    return li;
  }

  // Links to the pages of the people and districts the query names.
  function showKnown(names) {
    const links = [];
    for (const [f, label] of [["person", "人物"], ["district", "区县"]]) {
      for (const row of names[f] || []) {
        if (!row[3]) continue;
        const a = document.createElement("a");
        a.setAttribute("href", root + row[3]);
        a.className = `search-known-${f}`;
        a.textContent = `${label}：${row[0]} →`;
        links.push(a);
      }
    }
    known.replaceChildren(...links.flatMap((a, i) => (i ? [" ", a] : [a])));
    known.hidden = !links.length;
  }

  const baseTitle = document.title;
  let current = { hits: [], shown: 0, qterms: [], token: 0 };

  async function showMore() {
    const { hits, qterms, token } = current;
    const slice = hits.slice(current.shown, current.shown + PAGE_SIZE);
    more.disabled = true; // one page at a time, or a double click would repeat results
    try {
      const items = await Promise.all(slice.map((h) => renderResult(h, qterms)));
      if (token !== current.token) return;
      list.append(...items);
      current.shown += slice.length;
      more.hidden = current.shown >= hits.length;
      app.dataset.shown = String(current.shown);
    } finally {
      more.disabled = false;
    }
  }

  function readState() {
    const params = new URLSearchParams(location.search);
    const state = { q: params.get("q") || "" };
    for (const f of [...FILTERS, ...EXTRA]) state[f] = params.get(f) || "";
    return state;
  }

  function formState() {
    const state = { q: input.value };
    for (const f of FILTERS) state[f] = TYPE_AHEAD.has(f) ? chosen[f].value : controls[f].value;
    state.from = range.from.value;
    state.to = range.to.value;
    state.sort = sortControl.value;
    return state;
  }

  // Show the state's filters in the form; a value the index does not know is dropped.
  async function fillForm(state) {
    input.value = state.q;
    for (const end of ["from", "to"]) {
      if (!ISO_DAY.test(state[end])) state[end] = "";
      range[end].value = state[end];
    }
    if (state.sort !== "date") state.sort = "";
    sortControl.value = state.sort;
    for (const f of FILTERS) {
      if (TYPE_AHEAD.has(f)) {
        if (state[f] !== chosen[f].value) {
          const row = state[f] ? await facetRow(f, state[f]) : null;
          chosen[f] = row ? { value: row[0], label: row[1] } : { value: "", label: "" };
        }
        state[f] = chosen[f].value;
        controls[f].value = chosen[f].label;
        continue;
      }
      const known = [...controls[f].options].some((o) => o.value === state[f]);
      controls[f].value = known ? state[f] : "";
      if (!known) state[f] = "";
    }
  }

  // The label typed into a type-ahead filter, as a value: an exact label, or the only
  // label that starts with it. Returns a note for the reader when nothing matches.
  async function resolve(f) {
    const typed = controls[f].value.trim();
    if (typed === chosen[f].label) return "";
    chosen[f] = { value: "", label: "" };
    if (!typed) return "";
    await loadBoot();
    const rows = await suggestions(f, typed);
    const row = rows.find((r) => r[0] === typed) || (rows.length === 1 ? rows[0] : null);
    if (!row) return `没有找到“${typed}”，已忽略此筛选条件。`;
    chosen[f] = { value: row[1], label: row[0] };
    controls[f].value = row[0];
    return "";
  }

  // Type-ahead: the labels that start with what was typed, as the input's suggestions.
  const typing = {};
  async function suggest(f) {
    const typed = controls[f].value.trim();
    const token = (typing[f] = (typing[f] || 0) + 1);
    const options = document.getElementById(`filter-${f}-list`);
    if (!typed) {
      options.replaceChildren();
      return;
    }
    await loadBoot();
    const rows = await suggestions(f, typed);
    if (token !== typing[f]) return;
    options.replaceChildren(...rows.slice(0, SUGGESTIONS).map(([label]) => {
      const option = document.createElement("option");
      option.value = label;
      return option;
    }));
  }

  function stateURL(state) {
    const params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    for (const f of [...FILTERS, ...EXTRA]) if (state[f]) params.set(f, state[f]);
    const qs = params.toString();
    return qs ? `?${qs}` : location.pathname;
  }

  function describe(state) {
    const parts = [];
    if (state.q.trim()) parts.push(`“${state.q.trim()}”`);
    for (const f of FILTERS) {
      if (!state[f]) continue;
      if (TYPE_AHEAD.has(f)) parts.push(chosen[f].label || state[f]);
      else parts.push(controls[f].selectedOptions[0]?.textContent || state[f]);
    }
    if (state.from || state.to) parts.push(`${cnDay(state.from)} 至 ${cnDay(state.to)}`);
    return parts.join(" · ");
  }

  async function run(state, note = "") {
    const token = current.token + 1;
    current = { hits: [], shown: 0, qterms: [], token };
    list.replaceChildren();
    known.replaceChildren();
    known.hidden = true;
    more.hidden = true;
    try {
      if (!boot) status.textContent = "正在加载索引…";
      await loadBoot();
      await fillForm(state);
      const active = state.q.trim() || [...FILTERS, "from", "to"].some((f) => state[f]);
      if (!active) {
        status.textContent = note || "请输入人名、地名或词语，也可以按区县、人物、栏目或年份筛选。";
      } else {
        status.textContent = "正在搜索…";
        const names = await knownNames(state.q);
        const results = await search(state, names);
        if (token !== current.token) return;
        showKnown(names);
        current.hits = results;
        current.qterms = terms(state.q);
        const sections = results.reduce(
          (n, r) => n + r.hits.filter((h) => h.doc !== firstDoc[r.story]).length, 0);
        const order = state.sort === "date" ? "，按日期排列" : "";
        status.textContent = note + (results.length
          ? `${describe(state)}：找到 ${results.length} 篇报道`
            + (sections ? `（其中 ${sections} 个小节匹配）` : "") + `${order}。`
          : `没有找到与 ${describe(state)} 相关的报道。`);
        await showMore();
      }
      document.title = state.q.trim() ? `${state.q.trim()} · ${baseTitle}` : baseTitle;
    } catch (err) {
      status.textContent = "搜索索引加载失败，请稍后重试。";
      console.error(err);
    }
    if (token === current.token) app.dataset.searches = String(token);
  }

  // Type-ahead filters are read (label to value) before every search they may change.
  async function submitForm() {
    const notes = [];
    for (const f of TYPE_AHEAD) notes.push(await resolve(f));
    const state = formState();
    history.pushState(null, "", stateURL(state));
    await run(state, notes.join(""));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitForm().catch((err) => console.error(err));
  });
  for (const control of [range.from, range.to, sortControl]) {
    control.addEventListener("change", () => {
      submitForm().catch((err) => console.error(err));
    });
  }
  for (const f of FILTERS) {
    controls[f].addEventListener("change", () => {
      submitForm().catch((err) => console.error(err));
    });
    if (TYPE_AHEAD.has(f)) {
      controls[f].addEventListener("input", () => {
        suggest(f).catch((err) => console.error(err));
      });
    }
  }
  more.addEventListener("click", () => {
    showMore().catch((err) => console.error(err));
  });
  window.addEventListener("popstate", () => run(readState()));
  run(readState());
})();
