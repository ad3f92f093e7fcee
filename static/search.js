// portsite search: offline, in the page's locale, no dependencies and no inline script.
// The index is sharded by the first character of each folded word (search/<lang>/<c>.json);
// a shard is fetched the first time a query needs it. Folding matches src/output/search.rs.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var input = document.getElementById("search-input");
  if (!form || !input || !window.fetch) return;
  // The results list only works with this script, so the page does not carry it; its
  // messages come from the locale's strings file (site.js fetches it).
  var list = document.createElement("ul");
  list.id = "search-results";
  list.className = "search-results";
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  var messages = {};
  var ready = ((window.portsite || {}).strings || Promise.resolve({}))
    .then(function (words) {
      messages = words;
      if (!words["search-hint"]) return;
      var hint = document.createElement("p");
      hint.id = "search-hint";
      hint.className = "visually-hidden";
      hint.textContent = words["search-hint"];
      form.appendChild(hint);
      input.setAttribute("aria-describedby", hint.id);
    });

  // The form submits to <locale prefix>/search/; the index is /search/<lang>/.
  var prefix = form.getAttribute("action").replace(/\/search\/$/, "");
  var indexUrl = "/search/" + document.documentElement.lang + "/";
  var MAX = 20;
  var MARKS = /[\u0300-\u036f\u0483-\u0489\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var shards = {};
  var options = [];
  var active = -1;
  var generation = 0;

  function fold(text) {
    return text.replace(/[\u0130I\u0131]/g, "i").toLowerCase().normalize("NFD")
      .replace(MARKS, "").replace(/\u00df/g, "ss").replace(/\u03c2/g, "\u03c3");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  function shardOf(word) {
    return /^[a-z0-9]/.test(word) ? word[0] : "_";
  }
  function loadShard(key) {
    if (!shards[key]) {
      shards[key] = fetch(indexUrl + key + ".json")
        .then(function (r) { return r.ok ? r.json() : []; })
        .catch(function () { return []; });
    }
    return shards[key];
  }

  // Score of one query word against a prepared record:
  // exact name > name prefix > title word > description word; 0 means no match.
  function wordScore(word, rec) {
    var best = 0;
    rec.names.forEach(function (name) {
      if (name.whole === word) best = Math.max(best, 100);
      name.parts.forEach(function (part) {
        if (part === word) best = Math.max(best, 80);
        else if (part.indexOf(word) === 0) best = Math.max(best, 60);
      });
    });
    rec.title.forEach(function (w) {
      if (w === word) best = Math.max(best, 40);
      else if (w.indexOf(word) === 0) best = Math.max(best, 30);
    });
    rec.text.forEach(function (w) {
      if (w === word) best = Math.max(best, 20);
      else if (w.indexOf(word) === 0) best = Math.max(best, 10);
    });
    return best;
  }
  // A shard record is the array [port, names, text, title, curated, listedAt?]
  // (SearchRecord in src/output/search.rs); this is the one place that reads it by
  // position. listedAt is the range page anchor of a port without a page of its own.
  function prepare(raw) {
    var shown = { names: raw[1], text: raw[2], title: raw[3] };
    return {
      port: raw[0], shown: shown,
      names: shown.names.split(" ").filter(Boolean).map(function (n) { return { whole: fold(n), parts: words(n) }; }),
      text: words(shown.text), title: words(shown.title), curated: raw[4] === 1,
      listedAt: raw[5]
    };
  }
  function rank(records, query) {
    var scored = [];
    records.forEach(function (raw) {
      var rec = raw.prepared || (raw.prepared = prepare(raw));
      var total = 0;
      for (var i = 0; i < query.length; i++) {
        var s = wordScore(query[i], rec);
        if (!s) return;
        total += s;
      }
      scored.push({ rec: rec, score: total + (rec.curated ? 25 : 0) });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.rec.port - b.rec.port; });
    return scored.slice(0, MAX).map(function (s) { return s.rec; });
  }

  function portUrl(port) { return prefix + "/ports/" + port + "/"; }
  function option(id, href, build) {
    // The link is the option (the stylesheet marks a[aria-selected]); its row is presentational.
    var li = document.createElement("li");
    li.setAttribute("role", "presentation");
    var a = document.createElement("a");
    a.id = id;
    a.href = href;
    a.tabIndex = -1;
    a.setAttribute("role", "option");
    a.setAttribute("aria-selected", "false");
    build(a);
    li.appendChild(a);
    return li;
  }
  function render(items, message) {
    list.textContent = "";
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    items.forEach(function (item) { list.appendChild(item); options.push(item.firstChild); });
    if (message) {
      var li = document.createElement("li");
      li.className = "search-message";
      li.setAttribute("role", "presentation");
      li.textContent = message;
      list.appendChild(li);
    }
    // One polite announcement: the message, or the first row (what Enter would open).
    status.textContent = message || (items.length ? items[0].textContent : "");
    var open = items.length > 0 || Boolean(message);
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (items.length) setActive(0);
  }
  function setActive(n) {
    if (!options.length) return;
    active = (n + options.length) % options.length;
    options.forEach(function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", options[active].id);
    if (options[active].scrollIntoView) options[active].scrollIntoView({ block: "nearest" });
  }
  function resultRow(rec, i) {
    return option("search-result-" + i, rec.listedAt || portUrl(rec.port), function (a) {
      var num = document.createElement("bdi");
      num.className = "hit-port";
      num.textContent = String(rec.port);
      a.appendChild(num);
      var main = document.createElement("bdi");
      main.className = "search-name";
      var shown = rec.shown;
      main.textContent = shown.title || shown.names || shown.text;
      a.appendChild(document.createTextNode(" "));
      a.appendChild(main);
      var detail = shown.title ? shown.names || shown.text : shown.names ? shown.text : "";
      if (detail) {
        var small = document.createElement("span");
        small.className = "hit-desc";
        small.dir = "auto";
        small.textContent = detail;
        a.appendChild(small);
      }
    });
  }

  function update() {
    var text = input.value.trim();
    var mine = ++generation;
    if (!text) { render([], ""); return; }
    var rows = [];
    if (/^\d{1,5}$/.test(text) && Number(text) <= 65535) {
      var port = Number(text);
      var label = (messages["search-goto"] || "{port}").replace("{port}", String(port));
      rows.push(option("search-goto", portUrl(port), function (a) {
        var b = document.createElement("bdi");
        b.textContent = label;
        a.appendChild(b);
      }));
    }
    var query = words(text);
    if (!query.length) { render(rows, rows.length ? "" : messages["search-empty"]); return; }
    var key = shardOf(query[0]);
    if (!shards[key]) render(rows, messages["search-loading"]);
    loadShard(key).then(function (records) {
      if (mine !== generation) return;
      var all = rows.concat(rank(records, query).map(resultRow));
      render(all, all.length ? "" : messages["search-empty"]);
    });
  }

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(status);
  // The listbox itself is not a live region: its rows would be read twice.
  list.setAttribute("role", "listbox");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-expanded", "false");
  input.addEventListener("input", function () { ready.then(update); });
  input.addEventListener("focus", function () { if (input.value.trim()) ready.then(update); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); if (list.hidden) update(); else setActive(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
    else if (event.key === "Escape") {
      if (!list.hidden) { event.preventDefault(); render([], ""); }
      else { input.value = ""; }
    }
  });
  form.addEventListener("submit", function (event) {
    var text = input.value.trim();
    var target = null;
    if (active >= 0 && options[active]) target = options[active].href;
    else if (/^\d{1,5}$/.test(text) && Number(text) <= 65535) target = portUrl(Number(text));
    if (target) { event.preventDefault(); location.href = target; }
    else if (text) { event.preventDefault(); update(); }
  });
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) render([], "");
  });

  // On the search page itself (the no-JavaScript target of the form), run the query.
  var params = new URLSearchParams(location.search);
  if (params.get("q")) { input.value = params.get("q"); ready.then(update); input.focus(); }
})();
