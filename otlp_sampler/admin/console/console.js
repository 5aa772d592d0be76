// The otlp-sampler console (docs/operations.md § The console): one page over the admin API,
// no framework and no build step. Each view builds its controls once and, on every poll,
// replaces only its data parts, so focus, scroll and typed text stay where they are.

const REFRESH_MS = 5000;
const SLOW_REFRESH_MS = 30000; // minute-step series change once a minute
const TOKEN_KEY = "otlp-sampler.admin-token";
const SEVERITIES = ["UNSET", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"];
const SECONDS_PER_MONTH = 30 * 86400;
const CHART_MINUTES = 60;

// ------------------------------------------------------------------------ DOM helpers

const SVG_NS = "http://www.w3.org/2000/svg";
const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
const svg = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// Replace a container's content; an element with data-key that had focus gets it back.
function replace(container, ...children) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.key : undefined;
  container.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined));
  if (key) container.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

// A data cell; on a phone, tables of class "stack" show each row as a card and the
// label above each value.
const td = (label, content, attrs = {}) => h("td", {"data-label": label, ...attrs}, content);

const wrapTable = (table, label) => h("div", {class: "table-wrap", role: "region", "aria-label": label, tabindex: 0}, table);

function field(labelText, control, hint) {
  return h("label", {class: "field"}, h("span", {class: "field-label"}, labelText), control, hint);
}

// ------------------------------------------------------------------------ formatting

const fmt = {
  count(n) {
    if (n === null || n === undefined || Number.isNaN(n)) return "–";
    const a = Math.abs(n);
    if (a >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
    if (a >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
    if (a >= 1e4) return `${(n / 1e3).toFixed(0)}k`;
    if (a >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
    if (Number.isInteger(n) || a >= 100) return n.toFixed(0);
    return a >= 1 ? n.toFixed(1) : n.toFixed(2);
  },
  bytes(n) {
    if (n === null || n === undefined) return "–";
    const units = ["B", "kB", "MB", "GB", "TB"];
    let i = 0;
    while (Math.abs(n) >= 1000 && i < units.length - 1) { n /= 1000; i += 1; }
    const digits = Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : Math.abs(n) >= 10 || i > 0 ? 1 : 2;
    return `${n.toFixed(digits)} ${units[i]}`;
  },
  money(n) {
    if (n === null || n === undefined) return "–";
    return Math.abs(n) >= 1000 ? `$${(n / 1000).toFixed(1)}k` : `$${n.toFixed(2)}`;
  },
  pct(x) {
    if (x === null || x === undefined) return "–";
    const p = x * 100;
    return `${p !== 0 && Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0)}%`;
  },
  rate(r) {
    if (r === null || r === undefined) return "–";
    return r >= 1 ? "all" : fmt.pct(r);
  },
  time(value) {
    const d = value instanceof Date ? value : new Date(typeof value === "number" ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? "–" : d.toLocaleTimeString([], {hour: "2-digit", minute: "2-digit", second: "2-digit"});
  },
  when(value) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? "–" : d.toLocaleString([], {dateStyle: "medium", timeStyle: "short"});
  },
  ago(value) {
    if (!value) return "–";
    const seconds = (Date.now() - new Date(value).getTime()) / 1000;
    if (!Number.isFinite(seconds)) return "–";
    if (seconds < 60) return "just now";
    if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
    if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
    return `${Math.round(seconds / 86400)} d ago`;
  },
  duration(seconds) {
    if (seconds < 90) return `${Math.round(seconds)} s`;
    if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
    if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86400).toFixed(1)} d`;
  },
};

// ------------------------------------------------------------------------ the admin API

class ApiError extends Error {
  constructor(status, detail, problems = []) {
    super(detail);
    this.status = status;
    this.problems = problems;
  }
}

const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || "",
  set: (value) => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

async function api(path, {method = "GET"} = {}) {
  const headers = {Accept: "application/json"};
  if (method !== "GET") {
    // Same origin, and JSON: what the admin API asks of a write that did not come from curl.
    headers["Content-Type"] = "application/json";
    if (token.get()) headers.Authorization = `Bearer ${token.get()}`;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15000);
  let response;
  try {
    response = await fetch(path, {method, headers, signal: controller.signal, cache: "no-store",
                                  credentials: "same-origin", redirect: "error"});
  } catch (err) {
    throw new ApiError(0, err.name === "AbortError" ? "the proxy did not answer in time" : "cannot reach the proxy");
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = text; }
  if (!response.ok) {
    const detail = typeof body?.detail === "string" ? body.detail : `HTTP ${response.status}`;
    throw new ApiError(response.status, detail, Array.isArray(body?.problems) ? body.problems : []);
  }
  return body;
}

// A resource that may not exist (yet): null on 404.
async function optional(path) {
  try { return await api(path); } catch (err) { if (err.status === 404) return null; throw err; }
}

// Stored policy versions never change: each is fetched once.
const versionDocs = new Map();
function policyVersion(version) {
  if (!versionDocs.has(version)) {
    const request = api(`/api/v1/policy/history/${version}`);
    request.catch(() => versionDocs.delete(version));
    versionDocs.set(version, request);
  }
  return versionDocs.get(version);
}

let settings = {writes_need_token: false, price_per_gb: 0.5, bytes_per_gb: 1e9, version: ""};

// What a policy does to one pattern: the rule that applies and its rate.
function ruleFor(doc, service, patternId) {
  if (!doc) return {rate: null, source: "no policy yet: default or dynamic rate"};
  const servicePolicy = doc.services?.[service];
  const rule = servicePolicy?.patterns?.[patternId];
  if (rule) return {rate: rule.rate, source: "pattern rule", reason: rule.reason, cap: rule.max_per_second};
  if (servicePolicy?.default_rate != null) return {rate: servicePolicy.default_rate, source: `${service} default rate`};
  if (doc.default_rate != null) return {rate: doc.default_rate, source: "global default rate"};
  return {rate: null, source: "no rule: dynamic rate"};
}

const patternHref = (p) => `#/patterns/${encodeURIComponent(p.service)}/${encodeURIComponent(p.pattern_id)}`;

// ------------------------------------------------------------------------ charts (SVG)

// Gridlines at round values: a step of 1, 2 or 5 times a power of ten, at most six of them.
function niceScale(value) {
  if (!(value > 0)) return {max: 1, step: 0.25};
  const rough = value / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return {max: Math.ceil(value / step - 1e-9) * step, step};
}

// A time chart of a few lines drawn at the container's real width (text stays legible).
function lineChart(width, {t, lines, format, label, stepped = false}) {
  const height = Math.round(Math.max(170, Math.min(260, width * 0.42)));
  const m = {l: 60, r: 12, t: 10, b: 26};
  const iw = Math.max(width - m.l - m.r, 10);
  const ih = height - m.t - m.b;
  const all = lines.flatMap((l) => l.values).filter(Number.isFinite);
  const {max, step} = niceScale(Math.max(...all, 0));
  const t0 = t[0];
  const t1 = t[t.length - 1];
  const x = (v) => m.l + (t1 === t0 ? iw / 2 : ((v - t0) / (t1 - t0)) * iw);
  const y = (v) => m.t + ih - (v / max) * ih;
  const chart = svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label, class: "line-chart"});
  for (let i = 0; i * step <= max + step / 2; i += 1) {
    const value = i * step;
    chart.append(svg("line", {x1: m.l, x2: m.l + iw, y1: y(value), y2: y(value), class: "grid"}),
                 svg("text", {x: m.l - 6, y: y(value) + 4, "text-anchor": "end", class: "axis"}, format(value)));
  }
  const ticks = t1 === t0 ? 1 : Math.max(2, Math.min(6, Math.floor(iw / 90)));
  for (let i = 0; i < ticks; i += 1) {
    const tv = ticks === 1 ? t0 : t0 + ((t1 - t0) * i) / (ticks - 1);
    const anchor = ticks === 1 ? "middle" : i === 0 ? "start" : i === ticks - 1 ? "end" : "middle";
    chart.append(svg("text", {x: x(tv), y: height - 6, "text-anchor": anchor, class: "axis"}, clock(tv, t1 - t0)));
  }
  for (const line of lines) {
    const points = t.map((tv, i) => [x(tv), y(Number.isFinite(line.values[i]) ? line.values[i] : 0)]);
    let d = "";
    points.forEach(([px, py], i) => {
      if (i === 0) d += `M${px.toFixed(1)},${py.toFixed(1)}`;
      else if (stepped) d += `H${px.toFixed(1)}V${py.toFixed(1)}`;
      else d += `L${px.toFixed(1)},${py.toFixed(1)}`;
    });
    if (line.area && points.length) {
      const base = y(0).toFixed(1);
      chart.append(svg("path", {d: `${d}V${base}H${points[0][0].toFixed(1)}Z`, class: `area ${line.cls}`}));
    }
    chart.append(svg("path", {d, class: `line ${line.cls}`}));
    if (points.length === 1) chart.append(svg("circle", {cx: points[0][0], cy: points[0][1], r: 3, class: `dot ${line.cls}`}));
  }
  return chart;
}

// A time axis label as precise as the span needs.
function clock(seconds, span) {
  const d = new Date(seconds * 1000);
  if (span > 2 * 86400) return d.toLocaleDateString([], {month: "short", day: "numeric"});
  return d.toLocaleTimeString([], span < 600 ? {hour: "2-digit", minute: "2-digit", second: "2-digit"} : {hour: "2-digit", minute: "2-digit"});
}

// Counts per minute with the newest, still filling, scaled to a whole minute, so the line
// does not seem to fall at its end.
function perMinute(values, answer) {
  const filled = Math.min(Math.max(answer.now - answer.t[answer.t.length - 1], 1), answer.step_seconds);
  return values.map((v, i) => (i === values.length - 1 ? (v * answer.step_seconds) / filled : v));
}

// Where a minute series starts being worth drawing: a minute before its first record, but
// never fewer than MIN_MINUTES points (a new proxy's hour is mostly empty).
const MIN_MINUTES = 10;
function firstShown(values) {
  const first = values.findIndex((v) => v > 0);
  return first < 0 ? Math.max(values.length - MIN_MINUTES, 0) : Math.max(Math.min(first - 1, values.length - MIN_MINUTES), 0);
}

function sparkline(values, label) {
  values = values.slice(firstShown(values));
  const width = 96;
  const height = 24;
  const max = Math.max(...values, 0) || 1;
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const d = values.map((v, i) => `${i ? "L" : "M"}${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join("");
  return svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, class: "spark", role: "img", "aria-label": label},
             svg("path", {d: `${d}V${height}H0Z`, class: "area in"}), svg("path", {d, class: "line in"}));
}

function severityBar(counts) {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return null;
  const parts = [];
  const bar = svg("svg", {width: 64, height: 10, viewBox: "0 0 64 10", class: "sev-bar", "aria-hidden": "true"});
  let offset = 0;
  counts.forEach((count, i) => {
    if (!count) return;
    const w = (count / total) * 64;
    bar.append(svg("rect", {x: offset.toFixed(2), y: 0, width: Math.max(w, 1).toFixed(2), height: 10, class: `sev-${SEVERITIES[i]}`}));
    offset += w;
    parts.push(`${SEVERITIES[i]} ${fmt.pct(count / total)}`);
  });
  return {bar, text: parts.join(", ")};
}

// Per-second rates from /api/v1/timeseries; while that endpoint is missing, from the
// since-start totals this page has sampled itself.
const series = {
  samples: [],
  remote: null, // the last answer: total and per service
  missing: false, // the proxy keeps no accounting (404)
  patternRows: null,
  patternsAt: 0,
  async load(minutes) {
    if (this.missing) return null;
    const answer = await optional(`/api/v1/timeseries?minutes=${minutes}`);
    this.missing = answer === null;
    this.remote = answer;
    return answer;
  },
  // Per-pattern rows keyed by service and id; they change once a minute, so fetched less often.
  async patterns(minutes) {
    if (this.missing) return new Map();
    if (!this.patternRows || Date.now() - this.patternsAt > SLOW_REFRESH_MS) {
      const answer = await optional(`/api/v1/timeseries?minutes=${minutes}&patterns=true&limit=1000`);
      this.patternRows = new Map((answer?.patterns || []).map(
        (row) => [`${row.service}\u0000${row.pattern_id}`, perMinute(row.records_in, answer)]));
      this.patternsAt = Date.now();
    }
    return this.patternRows;
  },
  sample(savings) {
    const services = {};
    for (const row of savings.since_start.services) services[row.service] = row;
    this.samples.push({t: Date.now() / 1000, total: savings.since_start, services});
    if (this.samples.length > 720) this.samples.shift();
  },
  // {t: [...], rates: {records_in: [...], ...}} for one service ("" = all)
  rates(service) {
    const keys = ["records_in", "records_out", "bytes_in", "bytes_out"];
    const out = {t: [], rates: Object.fromEntries(keys.map((k) => [k, []]))};
    if (this.remote) {
      const r = this.remote;
      const source = service ? r.services?.[service] : r.total;
      if (!source) return out;
      const from = firstShown(source.records_in);
      r.t.forEach((tv, i) => {
        if (i < from) return;
        const last = i === r.t.length - 1;
        // The newest minute is still filling: divide by the part of it that has passed.
        const seconds = last ? Math.min(Math.max(r.now - tv, 1), r.step_seconds) : r.step_seconds;
        out.t.push(tv);
        for (const k of keys) out.rates[k].push((source[k]?.[i] || 0) / seconds);
      });
      return out;
    }
    for (let i = 1; i < this.samples.length; i += 1) {
      const [a, b] = [this.samples[i - 1], this.samples[i]];
      const pa = service ? a.services[service] : a.total;
      const pb = service ? b.services[service] : b.total;
      const seconds = b.t - a.t;
      if (!pb || seconds <= 0) continue;
      out.t.push(b.t);
      for (const k of keys) out.rates[k].push(Math.max((pb[k] || 0) - (pa?.[k] || 0), 0) / seconds);
    }
    return out;
  },
};

// ------------------------------------------------------------------------ savings

class SavingsView {
  static title = "Savings";

  constructor(route) {
    this.service = route.params.get("service") || "";
    this.unit = "bytes";
    this.serviceSelect = h("select", {id: "savings-service", onchange: () => { this.service = this.serviceSelect.value; this.draw(); }},
                           h("option", {value: ""}, "All services"));
    const units = [["records", "Records"], ["bytes", "Bytes"], ["money", "Money"]];
    this.unitGroup = h("fieldset", {class: "segmented"}, h("legend", {class: "field-label"}, "Measure"),
      units.map(([value, text]) => h("label", {},
        h("input", {type: "radio", name: "unit", value, checked: value === this.unit,
                    onchange: () => { this.unit = value; this.draw(); }}), h("span", {}, text))));
    this.cards = h("div", {class: "cards"});
    this.legend = h("p", {class: "legend"});
    this.plot = h("div", {class: "plot"});
    this.caption = h("figcaption", {class: "note"});
    this.byService = h("tbody");
    this.root = h("section", {"aria-labelledby": "savings-title"},
      h("h1", {id: "savings-title"}, "Savings"),
      this.cards,
      h("h2", {}, "In and out over time"),
      h("div", {class: "controls"}, field("Service", this.serviceSelect), this.unitGroup),
      h("figure", {class: "chart"}, this.legend, this.plot, this.caption),
      h("h2", {}, "By service, since start"),
      wrapTable(h("table", {class: "stack"},
        h("thead", {}, h("tr", {}, SERVICE_COLUMNS.map((text, i) => h("th", {scope: "col", class: i ? "num" : null}, text)))),
        this.byService), "Savings by service"));
    new ResizeObserver(() => this.draw()).observe(this.plot);
  }

  async update() {
    const [savings, remote] = await Promise.all([api("/api/v1/savings"), series.load(CHART_MINUTES)]);
    this.savings = savings;
    if (!remote) series.sample(savings);
    const all = savings.since_start;
    const last = savings.last_window;
    replace(this.cards,
      card("Bytes not forwarded", fmt.pct(all.reduction), `records: ${fmt.pct(all.records_reduction)} not forwarded`),
      card("Saved per month", fmt.money(all.cost_per_month_saved), `${fmt.money(all.cost_per_month_in)} in, ${fmt.money(all.cost_per_month_out)} out at $${savings.price_per_gb}/GB`),
      card("Records in → out", `${fmt.count(all.records_in)} → ${fmt.count(all.records_out)}`, `over ${fmt.duration(all.seconds)}`),
      card("Bytes in → out", `${fmt.bytes(all.bytes_in)} → ${fmt.bytes(all.bytes_out)}`,
           last ? `last window: ${fmt.pct(last.reduction)} not forwarded` : "no analysis window yet"));
    const services = all.services.map((row) => row.service);
    const options = ["", ...services];
    if (!options.includes(this.service)) options.push(this.service);
    if (this.serviceSelect.options.length !== options.length || [...this.serviceSelect.options].some((o, i) => o.value !== options[i])) {
      replace(this.serviceSelect, options.map((s) => h("option", {value: s, selected: s === this.service}, s || "All services")));
    }
    const monthly = SECONDS_PER_MONTH / settings.bytes_per_gb * savings.price_per_gb / Math.max(all.seconds, 1e-6);
    replace(this.byService, all.services.length ? all.services.map((row) => h("tr", {},
      h("th", {scope: "row", class: "lead"}, h("a", {href: `#/patterns?service=${encodeURIComponent(row.service)}`}, row.service)),
      [fmt.count(row.records_in), fmt.count(row.records_out), fmt.bytes(row.bytes_in), fmt.bytes(row.bytes_out),
       fmt.pct(row.reduction), fmt.money((row.bytes_in - row.bytes_out) * monthly)]
        .map((value, i) => td(SERVICE_COLUMNS[i + 1], value, {class: "num"}))))
      : h("tr", {}, h("td", {colspan: 7, class: "empty"}, "No records received yet.")));
    this.draw();
  }

  draw() {
    if (!this.savings) return;
    const {t, rates} = series.rates(this.service);
    const who = this.service || "all services";
    const units = {
      records: {in: rates.records_in, out: rates.records_out, format: (v) => `${fmt.count(v)}/s`, name: "records/s"},
      bytes: {in: rates.bytes_in, out: rates.bytes_out, format: (v) => `${fmt.bytes(v)}/s`, name: "bytes/s"},
      money: {in: rates.bytes_in.map(toMonthly), out: rates.bytes_out.map(toMonthly), format: fmt.money, name: "cost per month at that rate"},
    }[this.unit];
    this.caption.textContent = series.remote
      ? `${units.name}, one point a minute over up to the last ${CHART_MINUTES} minutes, ${who}.`
      : `${units.name} since this page was opened, ${who} (this proxy keeps no history).`;
    replace(this.legend, h("span", {class: "swatch in"}), " received ", h("span", {class: "swatch out"}), " forwarded");
    if (t.length < 1) {
      replace(this.plot, h("p", {class: "empty"}, "Collecting data: the chart starts with the next update."));
      return;
    }
    const now = (v) => units.format(v[v.length - 1] || 0);
    replace(this.plot, lineChart(this.plot.clientWidth || 600, {
      t, format: units.format,
      label: `${units.name} received and forwarded, ${who}: now ${now(units.in)} in, ${now(units.out)} out`,
      lines: [{values: units.in, cls: "in", area: true}, {values: units.out, cls: "out", area: true}],
    }));
  }
}

const SERVICE_COLUMNS = ["Service", "Records in", "Records out", "Bytes in", "Bytes out", "Reduction", "Saved / month"];

const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

const toMonthly = (bytesPerSecond) => bytesPerSecond * SECONDS_PER_MONTH / settings.bytes_per_gb * settings.price_per_gb;

function card(title, value, note) {
  return h("div", {class: "card"}, h("h3", {}, title), h("p", {class: "value"}, value), note ? h("p", {class: "note"}, note) : null);
}

// ------------------------------------------------------------------------ patterns

const received = (p) => p.records_received ?? null;
const COLUMNS = [
  {key: "template", label: "Pattern", value: (p) => p.template.toLowerCase(), text: true},
  {key: "service", label: "Service", value: (p) => p.service, text: true},
  {key: "severity", label: "Severity", value: (p) => SEVERITIES.indexOf(p.max_severity || "UNSET"), left: true},
  {key: "tier", label: "Tier", value: (p) => p.tier ?? "", text: true, optional: true},
  {key: "rate", label: "Rate", value: (p) => p.rate ?? 2},
  {key: "received", label: "Received", value: (p) => received(p) ?? p.records_per_s ?? -1},
  {key: "kept", label: "Kept", value: (p) => p.records_kept ?? p.kept_records_per_s ?? -1},
  {key: "dropped", label: "Dropped", value: (p) => p.records_dropped ?? -1},
  {key: "volume", label: "Volume", value: (p) => p.bytes_per_s ?? p.bytes_received ?? -1},
  {key: "first_seen", label: "First seen", value: (p) => (p.first_seen ? Date.parse(p.first_seen) : 0), phone: false},
];

class PatternsView {
  static title = "Patterns";

  constructor(route) {
    this.sort = {key: "volume", descending: true};
    this.patterns = [];
    this.search = h("input", {type: "search", id: "pattern-search", placeholder: "text in the template", autocomplete: "off",
                              oninput: () => this.render()});
    this.serviceSelect = h("select", {id: "pattern-service", onchange: () => this.render()}, h("option", {value: ""}, "All services"));
    this.wanted = route.params.get("service") || "";
    this.onlyNotable = h("input", {type: "checkbox", id: "pattern-notable", onchange: () => this.render()});
    this.summary = h("p", {class: "note", "aria-live": "polite"});
    this.head = h("tr");
    this.body = h("tbody");
    this.table = h("table", {class: "patterns stack sortable"}, h("thead", {}, this.head), this.body);
    this.root = h("section", {"aria-labelledby": "patterns-title"},
      h("h1", {id: "patterns-title"}, "Patterns"),
      h("div", {class: "controls"},
        field("Search", this.search),
        field("Service", this.serviceSelect),
        h("label", {class: "check"}, this.onlyNotable, " Only new or bursting")),
      this.summary,
      wrapTable(this.table, "Patterns"));
  }

  async update() {
    const [patterns, policy, volume] = await Promise.all([
      api("/api/v1/patterns?limit=1000"), optional("/api/v1/policy"), series.patterns(CHART_MINUTES)]);
    for (const p of patterns) p.rate = p.rate ?? ruleFor(policy, p.service, p.pattern_id).rate;
    this.patterns = patterns;
    this.volume = volume;
    const services = [...new Set(patterns.map((p) => p.service))].sort();
    const current = this.serviceSelect.value || this.wanted;
    const options = ["", ...services];
    if ([...this.serviceSelect.options].map((o) => o.value).join("\u0000") !== options.join("\u0000")) {
      replace(this.serviceSelect, options.map((s) => h("option", {value: s, selected: s === current}, s || "All services")));
    }
    this.render();
  }

  columns() {
    const withTier = this.patterns.some((p) => p.tier != null);
    return COLUMNS.filter((c) => !c.optional || withTier);
  }

  render() {
    const columns = this.columns();
    replace(this.head, columns.map((c) => {
      const active = this.sort.key === c.key;
      return h("th", {scope: "col", class: [c.text || c.left ? null : "num", c.phone === false ? "wide-only" : null].filter(Boolean).join(" ") || null,
                      "aria-sort": active ? (this.sort.descending ? "descending" : "ascending") : null},
        h("button", {type: "button", class: "sort", "data-key": `sort-${c.key}`, onclick: () => this.sortBy(c.key)},
          c.label, h("span", {class: "arrow", "aria-hidden": "true"}, active ? (this.sort.descending ? " ▼" : " ▲") : "")));
    }));
    const text = this.search.value.trim().toLowerCase();
    const service = this.serviceSelect.value;
    const notable = this.onlyNotable.checked;
    const column = columns.find((c) => c.key === this.sort.key) || columns[0];
    const rows = this.patterns
      .filter((p) => (!service || p.service === service)
        && (!text || p.template.toLowerCase().includes(text) || p.pattern_id.includes(text))
        && (!notable || p.new || p.bursting))
      .sort((a, b) => {
        const [va, vb] = [column.value(a), column.value(b)];
        const order = typeof va === "string" ? va.localeCompare(vb) : va - vb;
        return this.sort.descending ? -order : order;
      });
    this.summary.textContent = `${rows.length} of ${this.patterns.length} patterns`;
    replace(this.body, rows.length ? rows.map((p) => this.row(p, columns))
      : h("tr", {}, h("td", {colspan: columns.length, class: "empty"},
          this.patterns.length ? "No pattern matches." : "No patterns yet: send some logs to the proxy.")));
  }

  sortBy(key) {
    const column = COLUMNS.find((c) => c.key === key);
    this.sort = this.sort.key === key ? {key, descending: !this.sort.descending} : {key, descending: !column.text};
    this.render();
  }

  row(p, columns) {
    const cells = {
      template: () => h("td", {class: "template lead"},
        h("a", {href: patternHref(p), "data-key": `p-${p.service}-${p.pattern_id}`}, h("code", {}, p.template)),
        p.new ? h("span", {class: "badge new"}, "new") : null,
        p.bursting ? h("span", {class: "badge burst"}, "bursting") : null),
      service: () => td("Service", p.service),
      severity: () => {
        const mix = p.severities ? severityBar(SEVERITIES.map((s) => p.severities[s] || 0)) : null;
        return td("Severity", [mix?.bar, h("span", {class: "sev-text"}, p.max_severity || "–"),
                 mix ? h("span", {class: "visually-hidden"}, ` (${mix.text})`) : null], {class: "severity", title: mix?.text});
      },
      tier: () => td("Tier", p.tier ?? "–", {title: p.tier_reason || null}),
      rate: () => td("Rate", fmt.rate(p.rate), {class: "num"}),
      received: () => td("Received", received(p) != null ? fmt.count(received(p)) : `${fmt.count(p.records_per_s)}/s`, {class: "num"}),
      kept: () => td("Kept", p.records_kept != null ? fmt.count(p.records_kept) : `${fmt.count(p.kept_records_per_s)}/s`, {class: "num"}),
      dropped: () => td("Dropped", fmt.count(p.records_dropped), {class: "num"}),
      volume: () => {
        const values = this.volume.get(`${p.service}\u0000${p.pattern_id}`);
        return td("Volume", values?.length
          ? sparkline(values, `records a minute over the last ${values.length} minutes, now ${fmt.count(values[values.length - 1])}`)
          : `${fmt.bytes(p.bytes_per_s)}/s`, {class: "num"});
      },
      first_seen: () => td("First seen", fmt.ago(p.first_seen), {class: "num wide-only", title: p.first_seen ? fmt.when(p.first_seen) : null}),
    };
    return h("tr", {class: p.new || p.bursting ? "notable" : null}, columns.map((c) => cells[c.key]()));
  }
}

// ------------------------------------------------------------------------ one pattern

class PatternView {
  static title = "Pattern";

  constructor(route) {
    this.service = route.service;
    this.patternId = route.id;
    this.heading = h("h1", {id: "pattern-title"}, h("code", {}, "…"));
    this.facts = h("dl", {class: "facts"});
    this.why = h("div");
    this.examples = h("div");
    this.volumePlot = h("div", {class: "plot"});
    this.historyPlot = h("div", {class: "plot"});
    this.history = h("tbody");
    this.root = h("section", {"aria-labelledby": "pattern-title"},
      h("p", {class: "crumbs"}, h("a", {href: "#/patterns"}, "← All patterns")),
      this.heading, this.facts,
      h("h2", {}, "Why it is sampled this way"), this.why,
      h("h2", {}, "Received and kept, last hour"),
      h("figure", {class: "chart"}, h("p", {class: "legend"}, h("span", {class: "swatch in"}), " received ",
                                      h("span", {class: "swatch out"}), " kept"), this.volumePlot),
      h("h2", {}, "Examples kept"), this.examples,
      h("h2", {}, "Rate across policy versions"),
      h("figure", {class: "chart"}, this.historyPlot),
      wrapTable(h("table", {class: "stack"}, h("thead", {}, h("tr", {}, RATE_COLUMNS.map((t) => h("th", {scope: "col"}, t)))),
        this.history), "Rate across policy versions"));
    new ResizeObserver(() => { this.drawHistory(); this.drawVolume(); }).observe(this.historyPlot);
  }

  async update() {
    const service = `service=${encodeURIComponent(this.service)}`;
    const [detail, policy, explanation, history, volume] = await Promise.all([
      optional(`/api/v1/patterns/${encodeURIComponent(this.patternId)}?${service}`),
      optional("/api/v1/policy"), optional("/api/v1/policy/explain"),
      api("/api/v1/policy/history?limit=30"),
      series.missing ? null
        : optional(`/api/v1/timeseries?minutes=${CHART_MINUTES}&${service}&pattern_id=${encodeURIComponent(this.patternId)}`)]);
    // An older proxy has no single-pattern endpoint: look the pattern up in the list.
    const p = detail || (await api(`/api/v1/patterns?${service}&limit=100000`)).find((q) => q.pattern_id === this.patternId);
    this.volume = volume;
    if (!p) {
      replace(this.heading, "Unknown pattern");
      replace(this.facts, h("p", {}, `No pattern ${this.patternId} in ${this.service} yet.`));
      return;
    }
    document.title = `${p.template} · otlp-sampler`;
    replace(this.heading, h("code", {}, p.template), p.new ? h("span", {class: "badge new"}, "new") : null,
            p.bursting ? h("span", {class: "badge burst"}, "bursting") : null);
    const rule = ruleFor(policy, p.service, p.pattern_id);
    const fact = (term, value) => [h("dt", {}, term), h("dd", {}, value)];
    replace(this.facts,
      fact("Service", p.service), fact("Pattern id", h("code", {}, p.pattern_id)),
      fact("Rate now", `${fmt.rate(p.rate ?? rule.rate)} (${p.rule ? RULE_TEXT[p.rule] || p.rule : rule.source})`),
      p.tier != null ? fact("Tier", `${p.tier}${p.tier_reason ? ` — ${p.tier_reason}` : ""}`) : null,
      fact("Received", p.records_received != null ? `${fmt.count(p.records_received)} records, ${fmt.bytes(p.bytes_received)}` : `${fmt.count(p.records_per_s)}/s`),
      fact("Kept", p.records_kept != null ? `${fmt.count(p.records_kept)} records, ${fmt.bytes(p.bytes_kept)}` : `${fmt.count(p.kept_records_per_s)}/s`),
      p.records_dropped != null ? fact("Dropped (summarised)", `${fmt.count(p.records_dropped)} records`) : null,
      p.kept_by_rule && Object.keys(p.kept_by_rule).length
        ? fact("Kept by", Object.entries(p.kept_by_rule).map(([r, n]) => `${r} ${fmt.count(n)}`).join(", ")) : null,
      p.severities && Object.keys(p.severities).length
        ? fact("Severities", SEVERITIES.filter((s) => p.severities[s]).map((s) => `${s} ${fmt.count(p.severities[s])}`).join(", ")) : null,
      fact("Highest severity", p.max_severity || "–"),
      fact("First seen", p.first_seen ? `${fmt.when(p.first_seen)} (${fmt.ago(p.first_seen)})` : "not in the catalog yet"));

    const row = explanation?.rules.find((r) => r.service === p.service && r.pattern_id === p.pattern_id)
      || explanation?.rules.find((r) => r.pattern_id === null && (r.service === p.service || r.service === "*"));
    const reasons = (p.why && p.why.length ? p.why : defaultWhy(p, rule, row)).map((line) => h("li", {}, line));
    replace(this.why, h("ul", {class: "why"}, reasons));

    const examples = (p.examples || []).slice(0, 5);
    replace(this.examples, examples.length
      ? h("ol", {class: "examples"}, examples.map((e) => h("li", {}, h("pre", {}, e))))
      : h("p", {class: "empty"}, detail ? "No record of this pattern was kept lately." : "Examples appear when this proxy reports them."));

    this.rates = [];
    const docs = await Promise.all(history.map((entry) => policyVersion(entry.version).then((doc) => [entry, doc], () => [entry, null])));
    for (const [entry, doc] of docs) {
      const r = doc ? ruleFor(doc, p.service, p.pattern_id) : {rate: null, source: "unreadable"};
      this.rates.push({entry, rule: r});
    }
    replace(this.history, this.rates.length ? this.rates.map(({entry, rule: r}) => h("tr", {},
      h("th", {scope: "row", class: "lead"}, `v${entry.version}`), td(RATE_COLUMNS[1], fmt.when(entry.created_at)),
      td(RATE_COLUMNS[2], entry.generator_kind + (entry.rollback_of ? ` of v${entry.rollback_of}` : "")),
      td(RATE_COLUMNS[3], fmt.rate(r.rate)), td(RATE_COLUMNS[4], r.source), td(RATE_COLUMNS[5], r.reason || "", {class: "long"})))
      : h("tr", {}, h("td", {colspan: 6, class: "empty"}, "No policy version yet.")));
    this.drawHistory();
    this.drawVolume();
  }

  drawVolume() {
    const row = this.volume?.patterns?.[0];
    if (!row) {
      replace(this.volumePlot, h("p", {class: "empty"}, series.missing ? "This proxy keeps no accounting."
        : "No minute of its own yet: a point per minute is kept for the heaviest patterns."));
      return;
    }
    const from = firstShown(row.records_in);
    const t = this.volume.t.slice(from);
    replace(this.volumePlot, lineChart(this.volumePlot.clientWidth || 600, {
      t, format: (v) => `${fmt.count(v)}/min`,
      label: `records of this pattern received and kept per minute over the last ${t.length} minutes`,
      lines: [{values: perMinute(row.records_in, this.volume).slice(from), cls: "in", area: true},
              {values: perMinute(row.records_out, this.volume).slice(from), cls: "out", area: true}],
    }));
  }

  drawHistory() {
    const points = (this.rates || []).filter((r) => r.rule.rate != null).reverse();
    if (points.length < 1) {
      replace(this.historyPlot, h("p", {class: "empty"}, "No rate set by a policy yet: the pattern takes the dynamic rate."));
      return;
    }
    const t = points.map((r) => new Date(r.entry.created_at).getTime() / 1000);
    const values = points.map((r) => r.rule.rate);
    t.push(Date.now() / 1000);
    values.push(values[values.length - 1]);
    replace(this.historyPlot, lineChart(this.historyPlot.clientWidth || 600, {
      t, stepped: true, format: fmt.rate, label: `sampling rate of this pattern across ${points.length} policy versions, now ${fmt.rate(values[values.length - 1])}`,
      lines: [{values, cls: "out"}],
    }));
  }
}

const RATE_COLUMNS = ["Version", "Created", "By", "Rate", "Rule", "Reason"];

// What the rule names of /api/v1/patterns mean, for a person.
const RULE_TEXT = {
  pattern: "the policy's rule for this pattern", default: "a default rate of the policy",
  dynamic: "the dynamic sampler: no rule names it", drop: "a drop rule of sampling.drop",
  severity: "kept for its severity", exempt: "exempt by sampling.exemptions", burst: "kept whole while bursting",
  novel: "kept whole while new",
};

// The explain reasoning for one pattern, from what the API reports and the policy says.
function defaultWhy(p, rule, row) {
  const lines = [];
  const kept = p.kept_by_rule || {};
  if (kept.severity) lines.push(`${fmt.count(kept.severity)} records at or above the keep severity were kept whatever the rate: errors and warnings are never sampled.`);
  else if (p.severe_records_per_s) lines.push("Records at or above the keep severity are always kept.");
  if (kept.novel) lines.push(`Its first ${fmt.count(kept.novel)} records were kept whole because the pattern was new (sampling.novelty).`);
  if (p.bursting) lines.push("It is bursting above its usual volume, so it is kept whole until the burst ends.");
  else if (kept.burst) lines.push(`${fmt.count(kept.burst)} records were kept whole during bursts.`);
  if (kept.exempt) lines.push(`${fmt.count(kept.exempt)} records were exempt from sampling (sampling.exemptions).`);
  if (p.rule === "dynamic" || (!p.rule && rule.rate == null)) {
    lines.push(`No policy rule names it: the dynamic sampler keeps ${p.rate != null ? fmt.rate(p.rate) : "a share"} of it now, to meet the target reduction while keeping every pattern visible.`);
  } else if (p.rule === "drop") {
    lines.push(`A drop rule (sampling.drop) keeps ${fmt.rate(p.rate)} of it.`);
  } else if (rule.rate != null) {
    lines.push(`The ${rule.source} keeps ${fmt.rate(rule.rate)}${rule.cap ? `, at most ${rule.cap}/s` : ""}${rule.reason ? `: ${rule.reason}` : "."}`);
  }
  if (p.records_dropped) lines.push(`${fmt.count(p.records_dropped)} records (${fmt.bytes(p.bytes_dropped)}) were sampled out and are counted in summary records, so totals stay right; each kept record carries sampling.adjusted_count.`);
  if (row && row.saved_per_month != null) lines.push(`At the last window's volume this saves ${fmt.bytes(row.saved_bytes_per_s)}/s, ${fmt.money(row.saved_per_month)} a month (${fmt.pct(row.volume_share)} of the input).`);
  return lines;
}

// ------------------------------------------------------------------------ policy

class PolicyView {
  static title = "Policy";

  constructor() {
    this.tokenInput = h("input", {type: "password", id: "admin-token", autocomplete: "off", value: token.get(),
                                  "aria-describedby": "token-note"});
    this.regenerate = h("button", {type: "button", id: "regenerate", "aria-describedby": "write-note", onclick: () => this.write("regenerate")}, "Regenerate now");
    this.writeNote = h("p", {id: "write-note", class: "note"});
    this.result = h("p", {class: "result", role: "status"});
    this.current = h("dl", {class: "facts"});
    this.history = h("tbody");
    this.from = h("select", {id: "diff-from", onchange: () => this.diff()});
    this.to = h("select", {id: "diff-to", onchange: () => this.diff()});
    this.diffBody = h("div");
    this.armed = null; // the version whose rollback waits for a second press
    this.root = h("section", {"aria-labelledby": "policy-title"},
      h("h1", {id: "policy-title"}, "Policy"),
      this.current,
      this.tokenForm = h("form", {class: "token", hidden: !settings.writes_need_token, onsubmit: (e) => { e.preventDefault(); token.set(this.tokenInput.value.trim()); this.refreshWrites(); this.say("Token kept for this tab."); }},
        field("Admin token", this.tokenInput),
        h("button", {type: "submit"}, "Use token"),
        h("button", {type: "button", onclick: () => { token.set(""); this.tokenInput.value = ""; this.refreshWrites(); this.say("Token forgotten."); }}, "Forget"),
        h("p", {id: "token-note", class: "note"}, "Changes need this proxy's admin token. It is kept in this browser tab only (sessionStorage).")),
      h("div", {class: "actions"}, this.regenerate, this.writeNote),
      this.result,
      h("h2", {}, "Versions"),
      wrapTable(h("table", {class: "stack"}, h("thead", {}, h("tr", {}, VERSION_COLUMNS.map((t, i) => h("th", {scope: "col", class: i >= 3 && i <= 5 ? "num" : null}, t)))), this.history), "Policy versions"),
      h("h2", {}, "Compare two versions"),
      h("div", {class: "controls"}, field("From", this.from), field("To", this.to)),
      this.diffBody);
    this.refreshWrites();
  }

  canWrite() {
    return !settings.writes_need_token || Boolean(token.get());
  }

  refreshWrites() {
    const allowed = this.canWrite();
    this.writeNote.textContent = !allowed ? "Disabled: enter the admin token above to regenerate or roll back."
      : settings.writes_need_token ? "Runs the policy generator now, also over a manual policy."
      : "Runs the policy generator now, also over a manual policy. This proxy accepts changes without a token (admin.token is not set).";
    this.regenerate.disabled = !allowed;
    for (const button of this.root.querySelectorAll("button.rollback")) button.disabled = !allowed || button.dataset.current === "true";
  }

  say(text, error = false) {
    this.result.textContent = text;
    this.result.classList.toggle("error", error);
  }

  async update() {
    const [policy, history] = await Promise.all([optional("/api/v1/policy"), api("/api/v1/policy/history?limit=50")]);
    const newest = history[0]?.version;
    const inForce = policy?.version;
    replace(this.current, policy ? [
      h("dt", {}, "In force"), h("dd", {}, `v${policy.version}, ${policy.generator.kind}${policy.generator.model ? ` (${policy.generator.model})` : ""}, ${fmt.when(policy.created_at)}`),
      h("dt", {}, "Rules"), h("dd", {}, `${plural(Object.values(policy.services).reduce((n, s) => n + Object.keys(s.patterns).length, 0), "pattern rule")} across ${plural(Object.keys(policy.services).length, "service")}; ${policy.default_rate != null ? `default rate ${fmt.rate(policy.default_rate)}` : "no global default rate"}`),
      h("dt", {}, "Target"), h("dd", {}, policy.target_reduction != null ? `${fmt.pct(policy.target_reduction)} of bytes` : "–"),
      h("dt", {}, "Estimated"), h("dd", {}, policy.estimate ? `${fmt.pct(policy.estimate.reduction)} of bytes, ${fmt.money(policy.estimate.cost_per_month_in - policy.estimate.cost_per_month_out)} a month saved` : "–"),
    ] : [h("dt", {}, "In force"), h("dd", {}, "No policy yet: every pattern takes the default or dynamic rate.")]);
    const key = `${newest}:${inForce}:${this.canWrite()}:${this.armed}`;
    if (key !== this.historyKey) {
      this.historyKey = key;
      this.versions = history;
      replace(this.history, history.length ? history.map((entry) => {
        const current = entry.version === inForce;
        const armed = this.armed === entry.version;
        return h("tr", {class: current ? "current" : null},
          h("th", {scope: "row", class: "lead"}, `v${entry.version}`, current ? h("span", {class: "badge"}, "in force") : null),
          td("Created", fmt.when(entry.created_at)),
          td("By", entry.generator_kind + (entry.generator_model ? ` (${entry.generator_model})` : "") + (entry.rollback_of ? ` of v${entry.rollback_of}` : "")),
          td("Rules", entry.rules, {class: "num"}), td("Target", fmt.pct(entry.target_reduction), {class: "num"}),
          td("Estimated", fmt.pct(entry.estimated_reduction), {class: "num"}),
          h("td", {class: "action"}, h("button", {type: "button", class: armed ? "rollback armed" : "rollback", "data-key": `rollback-${entry.version}`,
                                    "data-current": String(current), disabled: current || !this.canWrite(),
                                    "aria-describedby": "write-note",
                                    onclick: () => this.rollback(entry.version), onblur: () => this.disarm(entry.version)},
                     current ? "In force" : armed ? `Confirm roll back to v${entry.version}` : `Roll back to v${entry.version}`)));
      }) : h("tr", {}, h("td", {colspan: 7, class: "empty"}, "No policy version stored yet.")));
      this.fillDiffChoices(history);
    }
    this.refreshWrites();
  }

  fillDiffChoices(history) {
    const values = history.map((e) => String(e.version));
    const [from, to] = [this.from.value || values[1] || values[0], this.to.value || values[0]];
    for (const [select, chosen] of [[this.from, from], [this.to, to]]) {
      if ([...select.options].map((o) => o.value).join(",") !== values.join(",")) {
        replace(select, history.map((e) => h("option", {value: e.version, selected: String(e.version) === chosen}, `v${e.version} · ${e.generator_kind}`)));
      }
    }
    if (values.length && `${this.from.value}:${this.to.value}` !== this.diffKey) this.diff();
  }

  async diff() {
    const [a, b] = [Number(this.from.value), Number(this.to.value)];
    this.diffKey = `${this.from.value}:${this.to.value}`;
    if (!a || !b) { replace(this.diffBody, h("p", {class: "empty"}, "Two versions are needed to compare.")); return; }
    const [from, to] = await Promise.all([policyVersion(a), policyVersion(b)]);
    const rows = policyDiff(from, to);
    replace(this.diffBody, rows.length ? wrapTable(h("table", {class: "diff stack"},
      h("thead", {}, h("tr", {}, ["Pattern", "Service", `v${a}`, `v${b}`, "Change"].map((t, i) => h("th", {scope: "col", class: i === 2 || i === 3 ? "num" : null}, t)))),
      h("tbody", {}, rows.map((r) => h("tr", {class: r.change},
        h("td", {class: "template lead"}, h("code", {}, r.what)), td("Service", r.service),
        td(`v${a}`, fmt.rate(r.from), {class: "num"}), td(`v${b}`, fmt.rate(r.to), {class: "num"}),
        td("Change", r.change, {class: "change"}))))), `Differences between v${a} and v${b}`)
      : h("p", {class: "empty"}, a === b ? "Pick two different versions." : `v${a} and v${b} set the same rates.`));
  }

  disarm(version) {
    // Leaving the button cancels a pending confirmation (after the click handler ran).
    setTimeout(() => { if (this.armed === version && document.activeElement?.dataset.key !== `rollback-${version}`) { this.armed = null; this.historyKey = null; this.update().catch(() => {}); } }, 0);
  }

  async rollback(version) {
    if (this.armed !== version) {
      this.armed = version;
      this.historyKey = null;
      this.say(`Press again to roll back to v${version}.`);
      await this.update();
      return;
    }
    this.armed = null;
    await this.write("rollback", version);
  }

  async write(action, version) {
    const path = action === "rollback" ? `/api/v1/policy/rollback/${version}` : "/api/v1/policy/regenerate";
    this.say(action === "rollback" ? `Rolling back to v${version}…` : "Regenerating…");
    try {
      const doc = await api(path, {method: "POST"});
      this.say(action === "rollback" ? `v${doc.version} saved with the rules of v${version}; it is in force.`
        : `v${doc.version} generated by ${doc.generator.kind}; it is in force.`);
    } catch (err) {
      const why = err.status === 401 ? "the proxy refused the admin token" : err.message;
      this.say(`Not done: ${why}${err.problems.length ? ` — ${err.problems.join("; ")}` : ""}`, true);
    }
    this.historyKey = null;
    await this.update();
  }
}

const VERSION_COLUMNS = ["Version", "Created", "By", "Rules", "Target", "Estimated", "Action"];

function policyDiff(a, b) {
  const rows = [];
  const add = (service, what, from, to) => {
    if (from === to) return;
    const change = from == null ? "added" : to == null ? "removed" : to > from ? "raised" : "lowered";
    rows.push({service, what, from, to, change});
  };
  add("*", "(default rate)", a.default_rate ?? null, b.default_rate ?? null);
  const services = new Set([...Object.keys(a.services), ...Object.keys(b.services)]);
  for (const service of [...services].sort()) {
    const [sa, sb] = [a.services[service] || {patterns: {}}, b.services[service] || {patterns: {}}];
    add(service, "(service default rate)", sa.default_rate ?? null, sb.default_rate ?? null);
    const ids = new Set([...Object.keys(sa.patterns), ...Object.keys(sb.patterns)]);
    for (const id of [...ids].sort()) {
      const [ra, rb] = [sa.patterns[id], sb.patterns[id]];
      add(service, (rb || ra).template || id, ra?.rate ?? null, rb?.rate ?? null);
    }
  }
  return rows;
}

// ------------------------------------------------------------------------ alerts

const alerts = {
  list: [],
  available: true,
  async load() {
    const answer = await optional("/api/v1/alerts");
    this.available = answer !== null;
    this.list = Array.isArray(answer) ? answer : answer?.alerts || [];
    const badge = document.getElementById("alert-count");
    badge.hidden = this.list.length === 0;
    badge.textContent = this.list.length ? String(this.list.length) : "";
    badge.setAttribute("aria-label", `${this.list.length} alerts`);
  },
};

class AlertsView {
  static title = "Alerts";

  constructor() {
    this.body = h("div");
    this.root = h("section", {"aria-labelledby": "alerts-title"}, h("h1", {id: "alerts-title"}, "Alerts and anomalies"), this.body);
  }

  async update() {
    await alerts.load();
    if (!alerts.list.length) {
      replace(this.body, h("p", {class: "empty"}, "No alerts."));
      return;
    }
    // The shape of GET /api/v1/alerts: otlp_sampler/alerts/record.py (AlertRecord).
    replace(this.body, h("ul", {class: "alerts"}, alerts.list.map((a) => {
      const severity = (a.severity || "").toLowerCase();
      const delivered = (a.delivery || []).map((d) => `${d.webhook}: ${d.status}${d.error ? ` (${d.error})` : ""}`);
      return h("li", {class: `alert ${severity}`},
        h("p", {class: "alert-head"}, h("strong", {}, KIND_NAMES[a.kind] || a.kind),
          a.service ? ` · ${a.service}` : "",
          a.raised_at ? ` · ${fmt.when(a.raised_at)}` : "",
          a.severity ? ` · ${a.severity}` : ""),
        h("p", {}, a.summary),
        a.pattern_id && a.service ? h("p", {}, h("a", {href: patternHref(a)}, a.template || "the pattern"))
          : a.template ? h("p", {}, h("code", {}, a.template)) : null,
        a.examples?.length ? h("details", {}, h("summary", {}, `${a.examples.length} examples (redacted)`),
          h("ul", {}, a.examples.map((e) => h("li", {}, h("code", {}, e))))) : null,
        a.explanation ? h("details", {}, h("summary", {}, "What the model makes of it (unverified)"),
          h("p", {class: "explanation"}, a.explanation)) : null,
        delivered.length ? h("p", {class: "muted"}, `Webhooks: ${delivered.join("; ")}`) : null);
    })));
  }
}

const KIND_NAMES = {new_pattern: "New error pattern", error_share: "Error share jump", burst: "Burst"};

// ------------------------------------------------------------------------ the page

const VIEWS = {savings: SavingsView, patterns: PatternsView, pattern: PatternView, policy: PolicyView, alerts: AlertsView};
const main = document.getElementById("main");
const status = document.getElementById("status");
const pause = document.getElementById("pause");
let view = null;
let paused = false;
let timer = null;

function parseRoute() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  if (parts[0] === "patterns" && parts.length === 3) return {page: "pattern", service: parts[1], id: parts[2], params};
  return {page: VIEWS[parts[0]] ? parts[0] : "savings", params};
}

function route(focus = true) {
  const r = parseRoute();
  const View = VIEWS[r.page];
  view = new View(r);
  delete main.dataset.shown;
  main.replaceChildren(view.root);
  document.title = `${View.title} · otlp-sampler`;
  for (const link of document.querySelectorAll("nav a")) {
    const page = r.page === "pattern" ? "patterns" : r.page;
    if (link.dataset.page === page) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (focus) main.focus();
  refresh();
}

async function refresh() {
  clearTimeout(timer);
  timer = setTimeout(refresh, REFRESH_MS);
  if (paused || document.hidden) return;
  const current = view;
  try {
    await Promise.all([current.update(), current instanceof AlertsView ? null : alerts.load()]);
    if (current === view) main.dataset.shown = parseRoute().page; // the view has its data (tests wait for it)
    setStatus(`Live · ${fmt.time(new Date())}`, false);
  } catch (err) {
    setStatus(`Not updated: ${err.message}`, true);
  }
}

function setStatus(text, error) {
  status.textContent = text;
  status.classList.toggle("error", error);
}

pause.addEventListener("click", () => {
  paused = !paused;
  pause.setAttribute("aria-pressed", String(paused));
  pause.textContent = paused ? "Resume updates" : "Pause updates";
  if (paused) setStatus("Paused", false);
  else refresh();
});
document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
window.addEventListener("hashchange", () => route(true));

try {
  settings = {...settings, ...(await api("/console/settings.json"))};
} catch {
  // The API itself may still answer; the defaults are safe (writes enabled, the server decides).
}
route(false);
