// cqnews serve: reload the open page when the site was rebuilt. Served by the preview
// server only (never part of a built site); asks for the build number once a second.
(function () {
  "use strict";
  var seen = null;
  function poll() {
    fetch("/__cqnews__/build", {cache: "no-store"})
      .then(function (r) { return r.text(); })
      .then(function (n) {
        if (seen !== null && n !== seen) { location.reload(); return; }
        seen = n;
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
