// portsite: progressive enhancement for every page. The site works without this file;
// it adds the theme toggle, OS tabs, copy buttons, the feedback post, the language hint,
// "go to port" and search. No inline scripts, so a strict Content-Security-Policy holds.
(function () {
  "use strict";
  var root = document.documentElement;
  // The locale's URL prefix ("" or "/tr"): the search form submits to <prefix>/search/.
  var searchForm = document.querySelector("form.search");
  var prefix = searchForm ? searchForm.getAttribute("action").replace(/\/search\/$/, "") : "";

  // Text only this script shows (theme and copy labels, search and feedback messages, the
  // language hint) lives in one file per locale, not in every page: fetched once, then cached.
  function stringsOf(code) {
    if (!window.fetch || !/^[A-Za-z0-9-]+$/.test(code || "")) return Promise.resolve({});
    return fetch("/static/strings/" + code + ".json").then(function (response) {
      return response.ok ? response.json() : {};
    }).catch(function () { return {}; });
  }
  var strings = stringsOf(root.lang);

  // Theme: prefers-color-scheme by default, a remembered choice when the reader picks one.
  function storedTheme() {
    try { return localStorage.getItem("portsite-theme"); } catch (e) { return null; }
  }
  function currentTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  var toggle = null;
  var themeLabels = {};
  function applyTheme(theme) {
    if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);
    if (!toggle) return;
    var dark = currentTheme() === "dark";
    toggle.setAttribute("aria-pressed", dark ? "true" : "false");
    toggle.textContent = dark ? themeLabels["theme-light"] : themeLabels["theme-dark"];
  }
  applyTheme(storedTheme());
  // The toggle needs this script, so this script adds it, once its labels have arrived.
  var tools = document.querySelector(".header-tools");
  strings.then(function (words) {
    if (!tools || !words["theme-dark"] || !words["theme-light"]) return;
    themeLabels = words;
    toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "theme-toggle";
    tools.appendChild(toggle);
    applyTheme(storedTheme());
    toggle.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      try { localStorage.setItem("portsite-theme", next); } catch (e) { /* private mode */ }
      applyTheme(next);
    });
  });

  // OS tabs for the check commands; without JS every OS is listed with its heading.
  document.querySelectorAll("[data-tabs]").forEach(function (box, boxIndex) {
    var panels = box.querySelectorAll(":scope > section");
    if (panels.length < 2) return;
    var list = document.createElement("div");
    list.setAttribute("role", "tablist");
    var tabs = [];
    panels.forEach(function (panel, i) {
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = "tab-" + boxIndex + "-" + panel.id;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      tab.textContent = panel.querySelector("h3").textContent;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", function () { select(i); });
      tab.addEventListener("keydown", function (event) {
        var rtl = root.dir === "rtl";
        var step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
        if (step) { select((i + step + tabs.length) % tabs.length); tabs[(i + step + tabs.length) % tabs.length].focus(); }
      });
      tabs.push(tab);
      list.appendChild(tab);
    });
    function select(n) {
      tabs.forEach(function (tab, i) {
        tab.setAttribute("aria-selected", i === n ? "true" : "false");
        tab.tabIndex = i === n ? 0 : -1;
        panels[i].hidden = i !== n;
      });
    }
    var platform = /Win/.test(navigator.platform) ? "windows" : /Mac/.test(navigator.platform) ? "macos" : "linux";
    var start = 0;
    panels.forEach(function (panel, i) { if (panel.id === "check-" + platform) start = i; });
    box.insertBefore(list, box.firstChild);
    box.classList.add("tabs-ready");
    select(start);
  });

  // Copy buttons: added here because they need JavaScript; each copies the command above it.
  strings.then(function (words) {
    var label = words["copy-button"];
    if (!label || !navigator.clipboard) return;
    document.querySelectorAll("[data-tabs] pre code").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = label;
      code.parentNode.insertAdjacentElement("afterend", button);
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = words["copy-done"] || label;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  });

  // Feedback: post {page, locale, helpful} as JSON and thank the reader; after "No", open
  // the optional comment box in place and post {page, locale, helpful: false, comment}.
  // Without this script the form posts as an HTML form and the collector answers with a 303
  // to #feedback-more (the form, showing its comment box) or #feedback-thanks, which
  // site.css shows as :target.
  document.querySelectorAll(".feedback-form").forEach(function (form) {
    // Where the outcome is announced: only this script writes there, so it adds it.
    var status = document.createElement("p");
    status.className = "feedback-status";
    status.setAttribute("role", "status");
    form.insertBefore(status, form.querySelector(".feedback-more"));
    var more = form.querySelector(".feedback-more");
    // The thanks are the page's own #feedback-thanks (what a reader without JavaScript sees).
    var thanks = (document.getElementById("feedback-thanks") || {}).textContent || "";
    function field(name) { return form.querySelector('input[name="' + name + '"]').value; }
    function send(vote) {
      vote.page = field("page");
      vote.locale = field("locale");
      return fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(vote),
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
      });
    }
    function failed() {
      strings.then(function (words) { status.textContent = words["feedback-error"] || ""; });
    }
    function sendComment() {
      var comment = more.querySelector("textarea").value;
      send({ helpful: false, comment: comment }).then(function () {
        more.classList.remove("is-open");
        status.textContent = thanks;
      }).catch(failed);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      if (more && button && more.contains(button)) { sendComment(); return; }
      var helpful = button ? button.value === "yes" : true;
      send({ helpful: helpful }).then(function () {
        form.querySelectorAll(":scope > button").forEach(function (b) { b.disabled = true; });
        if (!helpful && more) {
          status.textContent = "";
          more.classList.add("is-open");
          more.querySelector("textarea").focus();
        } else {
          status.textContent = thanks;
        }
      }).catch(failed);
    });
  });

  // "Go to port N" on the 404 page.
  document.querySelectorAll(".goto-port").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var value = form.querySelector("input").value.trim();
      if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) {
        event.preventDefault();
        location.href = form.dataset.prefix + "/ports/" + Number(value) + "/";
      }
    });
  });

  // "This page is also available in Türkçe": offered when the reader's browser prefers a
  // language this page exists in, before the page's own; never a redirect. Dismissal is
  // remembered. The sentence is in the offered language, so it is read from the offered
  // locale's strings: one fetch, and only for readers who get the hint.
  (function languageHint() {
    var header = document.querySelector(".site-header");
    if (!header || !window.fetch) return;
    try { if (localStorage.getItem("portsite-lang-hint") === "off") return; } catch (e) { /* private mode */ }
    var current = (root.lang || "").toLowerCase();
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (code === current.split("-")[0]) return;
      var link = document.querySelector('nav.languages a[hreflang="' + code + '"]');
      if (!link) continue;
      // The live region exists before its text arrives, so screen readers announce it.
      var hint = document.createElement("div");
      hint.className = "lang-hint";
      hint.hidden = true;
      hint.setAttribute("role", "status");
      header.insertAdjacentElement("afterend", hint);
      stringsOf(link.lang).then(function (words) {
        if (words["lang-hint"] && words["lang-hint-dismiss"]) show(hint, link, words);
      });
      return;
    }
    function show(hint, link, words) {
      var text = document.createElement("p");
      text.lang = link.lang;
      text.dir = "auto";
      var go = document.createElement("a");
      go.href = link.getAttribute("href");
      go.hreflang = link.hreflang;
      go.textContent = words["lang-hint"];
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = words["lang-hint-dismiss"];
      close.addEventListener("click", function () {
        hint.hidden = true;
        try { localStorage.setItem("portsite-lang-hint", "off"); } catch (e) { /* private mode */ }
      });
      text.appendChild(go);
      text.appendChild(close);
      hint.appendChild(text);
      hint.hidden = false;
    }
  })();

  window.portsite = { prefix: prefix, root: root, strings: strings };
})();

// The 404 page of a site built with `port_pages: registered`: a port without a page of its
// own is listed on its range page. Where the host has no redirects (GitHub Pages), link the
// reader to that row; the range is cut as src/model/pages.rs cuts it.
(function listedPort() {
  "use strict";
  var box = document.querySelector("[data-listed]");
  if (!box) return;
  var size = Number(box.dataset.rangeSize);
  var from = Number(box.dataset.from);
  var to = Number(box.dataset.to);
  var prefixes = (box.dataset.prefixes || "").split(" ");
  var match = /^((?:\/[A-Za-z0-9-]+)?)\/ports\/(0|[1-9][0-9]{0,4})\/?(?:index\.html)?$/.exec(location.pathname);
  if (!match || prefixes.indexOf(match[1]) < 0 || !(size > 0)) return;
  var port = Number(match[2]);
  if (port < from || port > to) return;
  var start = Math.max(from, Math.floor(port / size) * size);
  var end = Math.min(to, Math.floor(port / size) * size + size - 1);
  var link = box.querySelector(".listed-port-link a");
  if (!link) return;
  link.href = match[1] + "/ports/" + start + "-" + end + "/#port-" + port;
  link.textContent = (link.dataset.text || "").replace("{start}", start).replace("{end}", end);
  link.parentNode.hidden = false;
})();
