// kampung search: finds services, destinations, news, pages and villages in the
// index written at build time. Plain JavaScript, no dependencies; the index is
// fetched only when the box is first used: the portal's (every entry once, with
// its villages, and the latest news) and, on a village's pages, that village's
// news. Any word of the query may match; results with more matching words come
// first, each with the words that matched marked. Without JavaScript the form
// leads to the A-Z list of everything searchable. A copy opened from file:// (built with
// --offline) cannot fetch: it loads the index as a script (index.js) instead, and
// its links to folders name their index.html.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-js]"), function (el) { el.hidden = false; });
  var forms = document.querySelectorAll("form[data-index]");
  var local = location.protocol === "file:";
  if (!forms.length || !(window.fetch || local)) return;
  var cache = {};

  // Lowercase, accents removed ("Désa" -> "desa").
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  }

  // A light Indonesian stemmer (after Nazief and Adriani): particles, possessives,
  // then derivational suffixes and prefixes, keeping at least three letters, so
  // "kelahiran" -> "lahir", "perpindahan" -> "pindah", "pembuatan" -> "buat".
  function stem(word) {
    if (word.length < 5) return word;
    var w = word;
    function cut(re) {
      var m = w.match(re);
      if (m && w.length - m[0].length >= 3) { w = w.slice(0, w.length - m[0].length); return true; }
      return false;
    }
    cut(/(lah|kah|tah|pun)$/);
    cut(/(nya|ku|mu)$/);
    cut(/(kan|an)$/) || (/[^s]i$/.test(w) && cut(/i$/));
    var prefixes = [
      [/^(meny)/, "s"], [/^(peny)/, "s"], [/^(mem)(?=[aiueo])/, "p"], [/^(pem)(?=[aiueo])/, "p"],
      [/^(men)(?=[aiueo])/, "t"], [/^(pen)(?=[aiueo])/, "t"], [/^(meng|peng|mem|pem|men|pen)/, ""],
      [/^(ber|ter|per)/, ""], [/^(me|pe|be|te)/, ""], [/^(di|ke|se)/, ""]
    ];
    for (var round = 0; round < 2; round++) {
      for (var i = 0; i < prefixes.length; i++) {
        var m = w.match(prefixes[i][0]);
        if (m && w.length - m[0].length + prefixes[i][1].length >= 4) {
          w = prefixes[i][1] + w.slice(m[0].length);
          break;
        }
      }
    }
    return w;
  }

  // Words a resident types for a service whose name says it otherwise
  // ("akta kelahiran" is made from the village's "surat keterangan kelahiran").
  var also = {
    akta: ["kelahiran", "kematian", "lahir", "mati"], kk: ["keluarga"],
    ktp: ["ktp-el", "ktpel", "identitas"], nikah: ["perkawinan"], sktm: ["mampu"]
  };

  // Each entry gets its villages (e.v), its words (e.t title, e.r the rest).
  function prepare(index) {
    index.e.forEach(function (e) {
      var ids = typeof e[1] === "number" ? [e[1]] : e[1];
      e.v = ids.map(function (i) { return index.v[i]; });
      var title = words(e[2]);
      var rest = words(e[3] + " " + (e.v.length === 1 ? e.v[0][1] : ""));
      e.t = title.concat(title.map(stem));
      e.r = rest.concat(rest.map(stem));
    });
    return index;
  }

  // The index as a script that assigns window.kampungSearchIndex.
  function script(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = url.replace(/\.json$/, ".js");
      tag.onload = function () {
        if (window.kampungSearchIndex) resolve(window.kampungSearchIndex);
        else reject(new Error(url));
      };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function one(url) {
    if (!cache[url]) {
      cache[url] = (local ? script(url) : fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      })).then(prepare);
    }
    return cache[url];
  }

  // The portal's index, and on a village's pages the village's own (its news);
  // results come even when the village's file cannot be read.
  function load(urls) {
    return Promise.all(urls.map(function (u, i) {
      return i ? one(u).catch(function () { return { k: [], e: [] }; }) : one(u);
    })).then(function (all) {
      return { k: all[0].k, e: [].concat.apply([], all.map(function (x) { return x.e; })) };
    });
  }

  // How well one query word matches a list of words: 3 whole word, 2 prefix, 0 none.
  function fit(q, list) {
    var best = 0;
    for (var i = 0; i < list.length; i++) {
      if (list[i] === q) return 3;
      if (list[i].lastIndexOf(q, 0) === 0) best = 2;
    }
    return best;
  }

  // How well query word q (stem s) matches a list of words.
  function fits(q, s, list) {
    var f = Math.max(fit(q, list), s.length >= 3 ? fit(s, list) : 0);
    if (!f && also[q]) {
      for (var i = 0; i < also[q].length; i++) if (fit(also[q][i], list) === 3) return 1;
    }
    return f;
  }

  // Entries with at least one query word, most words matched first, then
  // title matches, then the village's own, then index order.
  function search(index, query, village) {
    var qs = words(query);
    if (!qs.length) return [];
    var found = [];
    index.e.forEach(function (e, n) {
      var score = 0, matched = 0, marks = [];
      for (var i = 0; i < qs.length; i++) {
        var q = qs[i], s = stem(q);
        var inTitle = fits(q, s, e.t), inRest = fits(q, s, e.r);
        if (!inTitle && !inRest) continue;
        matched++;
        marks.push(q, s);
        if (also[q]) marks = marks.concat(also[q]);
        score += inTitle ? 10 + inTitle : inRest;
      }
      if (!matched) return;
      var own = village && e.v.some(function (v) { return v[0] === village; });
      found.push([matched * 1000 + score + (own ? 100 : 0), n, e, marks]);
    });
    found.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return found;
  }

  // Appends text to el with the words that start with one of marks in <mark>.
  function marked(el, text, marks) {
    text.split(/([^\s]+)/).forEach(function (part) {
      var w = words(part)[0] || "";
      var hit = w && marks.some(function (m) { return m.length >= 3 ? w.lastIndexOf(m, 0) === 0 || stem(w) === m : w === m; });
      if (hit) {
        var m = document.createElement("mark");
        m.textContent = part;
        el.appendChild(m);
      } else if (part) {
        el.appendChild(document.createTextNode(part));
      }
    });
  }

  function href(root, v, e) {
    var h = root + v[0] + e[4];
    return local && /\/$/.test(h) ? h + "index.html" : h;
  }

  function show(form, index, query) {
    var box = form.querySelector(".search-results");
    var root = form.getAttribute("data-root") || "";
    var village = form.getAttribute("data-village") || "";
    var hits = search(index, query, village);
    box.textContent = "";
    if (!query.trim()) return;
    var head = document.createElement("p");
    head.className = "search-count";
    head.textContent = hits.length ? hits.length + " " + form.getAttribute("data-results") : form.getAttribute("data-none");
    box.appendChild(head);
    if (!hits.length) return;
    var list = document.createElement("ul");
    hits.slice(0, 40).forEach(function (hit) {
      var e = hit[2], marks = hit[3];
      var mine = e.v.filter(function (v) { return v[0] === village; });
      var places = mine.length ? mine : e.v;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = href(root, places[0], e);
      marked(link, e[2], marks);
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " · " + index.k[e[0]] + (e[0] ? " · " + places[0][1] : "");
      item.appendChild(link);
      item.appendChild(meta);
      if (e[3]) {
        var snippet = document.createElement("span");
        snippet.className = "snippet";
        item.appendChild(document.createElement("br"));
        marked(snippet, e[3], marks);
        item.appendChild(snippet);
      }
      // The same entry in other villages, as short links.
      var others = mine.length ? [] : e.v.slice(1);
      if (others.length) {
        var more = document.createElement("span");
        more.className = "snippet";
        item.appendChild(document.createElement("br"));
        others.slice(0, 12).forEach(function (v, i) {
          if (i) more.appendChild(document.createTextNode(", "));
          var a = document.createElement("a");
          a.href = href(root, v, e);
          a.textContent = v[1];
          more.appendChild(a);
        });
        if (others.length > 12) more.appendChild(document.createTextNode(", +" + (others.length - 12)));
        item.appendChild(more);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[type=search]");
    var url = form.getAttribute("data-index");
    var village = form.getAttribute("data-village");
    var slug = village && village.replace(/\/$/, "").split("/").pop();
    var urls = slug ? [url, url.replace(/index\.json$/, slug + "/index.json")] : [url];
    var run = function () {
      load(urls).then(function (index) { show(form, index, input.value); }, function () {});
    };
    input.addEventListener("focus", function () { load(urls).catch(function () {}); });
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    var q = new URLSearchParams(location.search).get("q");
    if (q && form.hasAttribute("data-here")) { input.value = q; run(); }
  });
})();
