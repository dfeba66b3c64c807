/* 历史上的今天: show the stories of the reader's month and day from earlier years.
   The page carries the days that have a data file (data-otd-days); each day's stories are
   in data/onthisday/MM-DD.json. Without this script the box keeps its plain link. */
(function () {
  "use strict";
  var box = document.querySelector("[data-otd-days]");
  if (!box || !window.fetch) { return; }
  var LIMIT = 10;
  var now = new Date();
  var year = now.getFullYear();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var key = pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var root = box.getAttribute("data-otd-root") || "";
  var list = box.querySelector(".otd-list");
  var none = box.querySelector(".otd-none");
  box.querySelector(".otd-today").textContent =
    "（" + (now.getMonth() + 1) + "月" + now.getDate() + "日）";

  function show(entries) {
    var earlier = entries.filter(function (e) { return Number(e.date.slice(0, 4)) < year; });
    if (!earlier.length) { none.hidden = false; return; }
    earlier.slice(0, LIMIT).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "headline";
      a.href = root + e.url;
      a.textContent = e.section ? e.section + " · " + e.headline : e.headline;
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = e.date.slice(0, 4) + "年";
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  var days = (box.getAttribute("data-otd-days") || "").split(" ");
  if (days.indexOf(key) < 0) { none.hidden = false; return; }
  fetch(root + "data/onthisday/" + key + ".json")
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(show)
    .catch(function () { /* file:// or offline: the plain link stays */ });
})();
