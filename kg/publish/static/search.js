/* vnkg: the search box. Reads static/search-index.js (persons, bodies, places) the first time the box
   is used; matches every word of the query, without diacritics, anywhere in the name. No server. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input"), list = form.querySelector("ol"), root = form.getAttribute("data-root") || "";
  var KIND = {p: "Người · Person", b: "Cơ quan · Body", d: "Địa danh · Place"};
  var loading = null;
  function load() {
    if (window.VNKG_SEARCH) return Promise.resolve(window.VNKG_SEARCH);
    if (!loading) {
      loading = new Promise(function (ok, fail) {
        var script = document.createElement("script");
        script.src = root + "static/search-index.js";
        script.onload = function () { ok(window.VNKG_SEARCH); };
        script.onerror = fail;
        document.head.appendChild(script);
      });
    }
    return loading;
  }
  function fold(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ").trim();
  }
  function item(text) {
    var li = document.createElement("li");
    li.textContent = text;
    return li;
  }
  function show(rows, query) {
    var words = fold(query).split(" ").filter(Boolean);
    list.innerHTML = "";
    if (!words.length) { list.removeAttribute("data-count"); return; }
    var hits = rows.filter(function (r) { return words.every(function (w) { return r[1].indexOf(w) >= 0; }); });
    hits.sort(function (a, b) { return (a[1].indexOf(words[0]) !== 0) - (b[1].indexOf(words[0]) !== 0); });
    hits.slice(0, 20).forEach(function (r) {
      var li = document.createElement("li"), a = document.createElement("a"), what = document.createElement("span");
      a.href = root + r[3] + ".html";
      a.textContent = r[0];
      a.lang = "vi";
      what.className = "en";
      what.textContent = " · " + KIND[r[2]] + (r[4] ? " · " + r[4] : "");
      li.appendChild(a);
      li.appendChild(what);
      list.appendChild(li);
    });
    if (!hits.length) list.appendChild(item("Không tìm thấy · Nothing found"));
    else if (hits.length > 20) list.appendChild(item("… " + (hits.length - 20) + " nữa · more"));
    list.setAttribute("data-count", String(hits.length));
  }
  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    var query = input.value;
    load().then(function (rows) { if (input.value === query) show(rows, query); });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
})();
