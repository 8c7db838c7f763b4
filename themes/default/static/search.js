// kampung search: finds services, destinations, news, pages and villages in the
// index written at build time. Plain JavaScript, no dependencies; the index is
// fetched only when the box is first used. Without JavaScript the form leads to
// the A-Z list of everything searchable.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-index]");
  if (!forms.length || !window.fetch) return;
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

  function prepare(index) {
    index.e.forEach(function (e) {
      var title = words(e[2]);
      var rest = words(e[3] + " " + index.v[e[1]][1]);
      e.t = title.concat(title.map(stem));
      e.r = rest.concat(rest.map(stem));
    });
    return index;
  }

  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(prepare);
    }
    return cache[url];
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

  function search(index, query, village) {
    var qs = words(query);
    if (!qs.length) return [];
    var found = [];
    index.e.forEach(function (e, n) {
      var score = 0;
      for (var i = 0; i < qs.length; i++) {
        var q = qs[i], s = stem(q);
        var inTitle = Math.max(fit(q, e.t), s.length >= 3 ? fit(s, e.t) : 0);
        var inRest = Math.max(fit(q, e.r), s.length >= 3 ? fit(s, e.r) : 0);
        if (!inTitle && !inRest) return;
        score += inTitle ? 10 + inTitle : inRest;
      }
      if (village && index.v[e[1]][0] === village) score += 100;
      found.push([score, n, e]);
    });
    found.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return found.map(function (f) { return f[2]; });
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
    hits.slice(0, 60).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var v = index.v[e[1]];
      link.href = root + v[0] + e[4];
      link.textContent = e[2];
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " · " + index.k[e[0]] + (e[0] ? " · " + v[1] : "");
      item.appendChild(link);
      item.appendChild(meta);
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[type=search]");
    var url = form.getAttribute("data-index");
    var run = function () {
      load(url).then(function (index) { show(form, index, input.value); }, function () {});
    };
    input.addEventListener("focus", function () { load(url).catch(function () {}); });
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    var q = new URLSearchParams(location.search).get("q");
    if (q && form.hasAttribute("data-here")) { input.value = q; run(); }
  });
})();
