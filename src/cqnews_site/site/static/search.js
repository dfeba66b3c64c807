// Static full-text search for the archive. Reads the index files written by
// cqnews_site/search.py (see its docstring for the format) with relative fetches only,
// so the site works from any static server at any sub-path. No dependencies.
(() => {
  "use strict";

  const app = document.getElementById("search-app");
  if (!app) return;

  const FILTERS = ["district", "person", "section", "year"];
  const PAGE_SIZE = 20;
  const BEFORE = 30; // characters of context shown before the first hit
  const SNIPPET = 130; // characters in a snippet

  const indexBase = new URL(app.dataset.index || "search/", document.baseURI);
  const root = app.dataset.root || "";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const selects = Object.fromEntries(
    FILTERS.map((f) => [f, document.getElementById(`filter-${f}`)]),
  );

  let meta = null;
  let storyOf = null;
  let present = null;
  let facetDocs = null;

  const pending = new Map();
  function fetchJSON(path) {
    if (!pending.has(path)) {
      const url = new URL(path, indexBase);
      // meta.json is always revalidated; the files it names carry its version, so a
      // browser never mixes files of two builds.
      if (meta) url.searchParams.set("v", meta.version);
      pending.set(
        path,
        fetch(url, meta ? {} : { cache: "no-cache" }).then((r) => {
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          return r.json();
        }).catch((err) => {
          pending.delete(path); // let the next search try again
          throw err;
        }),
      );
    }
    return pending.get(path);
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

  function decode(code) {
    const flat = numbers(code);
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

  function undelta(code) {
    const out = new Set();
    let v = 0;
    for (const d of numbers(code)) {
      v += d;
      out.add(v);
    }
    return out;
  }

  // One load shared by every search that starts before it is done (else options repeat).
  let metaLoad = null;
  function loadMeta() {
    metaLoad = metaLoad || readMeta().catch((err) => {
      metaLoad = null;
      throw err;
    });
    return metaLoad;
  }

  async function readMeta() {
    const data = await fetchJSON("meta.json");
    meta = data;
    storyOf = new Int32Array(meta.docs);
    let d = 0;
    meta.story_docs.forEach((count, story) => {
      for (let k = 0; k < count; k++) storyOf[d++] = story;
    });
    present = new Set(meta.present);
    facetDocs = {};
    for (const f of FILTERS) {
      facetDocs[f] = new Map();
      for (const [value, label, deltas] of meta.facets[f]) {
        facetDocs[f].set(value, deltas);
        const option = document.createElement("option");
        option.value = value;
        option.textContent = label;
        selects[f].append(option);
      }
    }
  }

  function shardPath(ch) {
    const n = meta.shards;
    const number = ch.codePointAt(0) % n;
    if (!present.has(number)) return null;
    const width = Math.max(1, (n - 1).toString(16).length);
    return `index-${number.toString(16).padStart(width, "0")}.json`;
  }

  async function shard(ch) {
    const path = shardPath(ch);
    return path ? fetchJSON(path) : {};
  }

  // Document -> number of occurrences of one normalized term.
  async function matchTerm(term) {
    const cps = Array.from(term);
    if (cps.length === 1) {
      const found = new Map();
      const keys = await shard(term);
      for (const [key, flat] of Object.entries(keys)) {
        if (String.fromCodePoint(key.codePointAt(0)) !== term) continue;
        for (const [doc, positions] of decode(flat)) {
          found.set(doc, (found.get(doc) || 0) + positions.length);
        }
      }
      return found;
    }
    const offsets = probeOffsets(cps.length);
    const shards = await Promise.all(offsets.map((o) => shard(cps[o])));
    let starts = null;
    for (let k = 0; k < offsets.length; k++) {
      const o = offsets[k];
      const flat = shards[k][cps[o] + cps[o + 1]];
      if (!flat) return new Map();
      const lists = decode(flat);
      if (starts === null) {
        starts = new Map();
        for (const [doc, positions] of lists) starts.set(doc, new Set(positions.map((p) => p - o)));
      } else {
        const next = new Map();
        for (const [doc, positions] of lists) {
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
    for (const [doc, s] of starts) out.set(doc, s.size);
    return out;
  }

  async function search(state) {
    const qterms = terms(state.q);
    let allowed = null;
    for (const f of FILTERS) {
      if (!state[f]) continue;
      const docs = undelta(facetDocs[f].get(state[f]) || "");
      allowed = allowed === null ? docs : new Set([...allowed].filter((d) => docs.has(d)));
    }
    if (!qterms.length) {
      if (allowed === null) return [];
      return [...allowed].sort((a, b) => a - b).map((doc) => ({ doc, count: 0 }));
    }
    const perTerm = await Promise.all(qterms.map(matchTerm));
    let counts = perTerm[0];
    for (const found of perTerm.slice(1)) {
      const next = new Map();
      for (const [doc, c] of counts) if (found.has(doc)) next.set(doc, c + found.get(doc));
      counts = next;
    }
    const hits = [];
    for (const [doc, count] of counts) if (allowed === null || allowed.has(doc)) hits.push({ doc, count });
    return hits.sort((a, b) => b.count - a.count || a.doc - b.doc);
  }

  async function docRow(doc) {
    let lo = 0;
    let hi = meta.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (meta.chunks[mid] <= doc) lo = mid;
      else hi = mid - 1;
    }
    const rows = await fetchJSON(`docs-${String(lo).padStart(3, "0")}.json`);
    return rows[doc - meta.chunks[lo]];
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

  async function renderResult(hit, qterms) {
    const [url, headline, date, full, end] = await docRow(hit.doc);
    // The text ends with the titles, which the result's heading already shows.
    const body = end >= 0 ? full.slice(0, end) : full;
    const text = body.trim() ? body : full;
    const li = document.createElement("li");
    li.className = "search-result";
    const a = document.createElement("a");
    a.setAttribute("href", root + url);
    a.append(marked(headline, hitRanges(headline, qterms), 0, headline.length));
    li.append(a);
    if (date) {
      const time = document.createElement("span");
      time.className = "search-date";
      time.textContent = date;
      li.append(time);
    }
    li.append(snippet(text, qterms));
    return li;
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
    for (const f of FILTERS) state[f] = params.get(f) || "";
    return state;
  }

  function formState() {
    const state = { q: input.value };
    for (const f of FILTERS) state[f] = selects[f].value;
    return state;
  }

  function fillForm(state) {
    input.value = state.q;
    for (const f of FILTERS) {
      const known = [...selects[f].options].some((o) => o.value === state[f]);
      selects[f].value = known ? state[f] : "";
      if (!known) state[f] = "";
    }
  }

  function stateURL(state) {
    const params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    for (const f of FILTERS) if (state[f]) params.set(f, state[f]);
    const qs = params.toString();
    return qs ? `?${qs}` : location.pathname;
  }

  function describe(state) {
    const parts = [];
    if (state.q.trim()) parts.push(`“${state.q.trim()}”`);
    for (const f of FILTERS) {
      if (state[f]) parts.push(selects[f].selectedOptions[0]?.textContent || state[f]);
    }
    return parts.join(" · ");
  }

  async function run(state) {
    const token = current.token + 1;
    current = { hits: [], shown: 0, qterms: [], token };
    list.replaceChildren();
    more.hidden = true;
    try {
      if (!meta) status.textContent = "正在加载索引…";
      await loadMeta();
      fillForm(state);
      const active = state.q.trim() || FILTERS.some((f) => state[f]);
      if (!active) {
        status.textContent = "请输入人名、地名或词语，也可以按区县、人物、栏目或年份筛选。";
      } else {
        status.textContent = "正在搜索…";
        const hits = await search(state);
        if (token !== current.token) return;
        current.hits = hits;
        current.qterms = terms(state.q);
        const stories = new Set(hits.map((h) => storyOf[h.doc])).size;
        status.textContent = hits.length
          ? `${describe(state)}：找到 ${hits.length} 条结果，涉及 ${stories} 篇报道。`
          : `没有找到与 ${describe(state)} 相关的报道。`;
        await showMore();
      }
      document.title = state.q.trim() ? `${state.q.trim()} · ${baseTitle}` : baseTitle;
    } catch (err) {
      status.textContent = "搜索索引加载失败，请稍后重试。";
      console.error(err);
    }
    if (token === current.token) app.dataset.searches = String(token);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const state = formState();
    history.pushState(null, "", stateURL(state));
    run(state);
  });
  for (const f of FILTERS) {
    selects[f].addEventListener("change", () => {
      const state = formState();
      history.pushState(null, "", stateURL(state));
      run(state);
    });
  }
  more.addEventListener("click", () => {
    showMore().catch((err) => console.error(err));
  });
  window.addEventListener("popstate", () => run(readState()));
  run(readState());
})();
